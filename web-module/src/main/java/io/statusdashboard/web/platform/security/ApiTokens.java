package io.statusdashboard.web.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The tokens API v2 writes accept: signed with the monitoring key ({@code SDB_SECRET_KEY}, the
 * one API v1 uses) or, with {@code SDB_OPENID_ISSUER_URL}, by that provider. One instance keeps
 * the provider's keys for the whole application.
 */
@ApplicationScoped
public class ApiTokens {

    /** Least time between two fetches of the provider's keys: a rotation is picked up, a flood of made-up key ids is not followed. */
    static final Duration KEY_REFETCH_INTERVAL = Duration.ofSeconds(30);

    private static final String VERDICT_ATTRIBUTE = ApiTokens.class.getName() + ".verdict";

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    @Inject
    private MonitoringSecret monitoringSecret;

    @Inject
    private OpenIdSettings openIdSettings;

    private ApiTokenVerifier verifier;

    @PostConstruct
    void load() {
        Optional<ProviderTokenVerifier> provider = Optional.empty();
        String issuer = openIdSettings.getIssuer();
        if (!issuer.isEmpty()) {
            RoleMapping roles = openIdSettings.roleMapping();
            if (!roles.namesAnyGroup()) {
                LOG.info("API v2: no SDB_OPERATORS_GROUP, SDB_CREATORS_GROUP, SDB_ADMINS_GROUP or"
                        + " SDB_OPENID_REQUIRED_GROUP is set, so no token of the OpenID Connect provider gives a role;"
                        + " writes take tokens signed with SDB_SECRET_KEY only");
            }
            provider = Optional.of(new ProviderTokenVerifier(issuer, openIdSettings.getClientId(),
                    new ProviderKeys(issuer, KEY_REFETCH_INTERVAL, Clock.systemUTC()), roles));
        }
        verifier = new ApiTokenVerifier(monitoringSecret.signature(), provider);
    }

    public TokenVerdict verify(String authorization) {
        return verifier.verify(authorization, Instant.now());
    }

    /**
     * The verdict on the request's {@code Authorization} header, verified once per request: the
     * response cache asks before the read runs, the read asks again for what it may show.
     */
    public TokenVerdict verdictOf(HttpServletRequest request) {
        if (request.getAttribute(VERDICT_ATTRIBUTE) instanceof TokenVerdict known) {
            return known;
        }
        TokenVerdict verdict = verify(request.getHeader("Authorization"));
        request.setAttribute(VERDICT_ATTRIBUTE, verdict);
        return verdict;
    }
}
