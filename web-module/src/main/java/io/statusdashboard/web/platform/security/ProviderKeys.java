package io.statusdashboard.web.platform.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The OpenID Connect provider's signing keys: its JWKS, found through
 * {@code {issuer}/.well-known/openid-configuration} at the first token that needs it (the dashboard
 * starts while the provider is down), then cached. A token naming a key the cache does not hold
 * makes it fetch the set again (the provider rotated its keys), but not more often than the rate
 * limit allows, so tokens with made-up key ids cannot make the dashboard hammer the provider. A
 * failed discovery is retried only after the same interval.
 */
public final class ProviderKeys implements JWKSource<SecurityContext> {

    private static final Logger LOG = Logger.getLogger(ProviderKeys.class.getName());

    /** Short: a token is checked while its request waits. */
    private static final int TIMEOUT_MS = 3_000;
    private static final int SIZE_LIMIT_BYTES = 512 * 1024;

    private final String issuer;
    private final Duration refetchInterval;
    private final Clock clock;
    private final ResourceRetriever retriever =
            new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, SIZE_LIMIT_BYTES);

    private JWKSource<SecurityContext> keys;
    private Instant discoveryFailedAt;

    /**
     * @param issuer the provider's issuer URL, without a trailing slash
     * @param refetchInterval the least time between two fetches of the key set, and between two
     *     discovery attempts after a failure
     */
    public ProviderKeys(String issuer, Duration refetchInterval, Clock clock) {
        this.issuer = issuer;
        this.refetchInterval = refetchInterval;
        this.clock = clock;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        return discovered().get(selector, context);
    }

    private synchronized JWKSource<SecurityContext> discovered() throws KeySourceException {
        if (keys != null) {
            return keys;
        }
        Instant now = clock.instant();
        if (discoveryFailedAt != null && now.isBefore(discoveryFailedAt.plus(refetchInterval))) {
            throw new KeySourceException("The provider's discovery failed a moment ago");
        }
        try {
            URL jwksUri = jwksUri();
            keys = JWKSourceBuilder.<SecurityContext>create(jwksUri, retriever)
                    .cache(JWKSourceBuilder.DEFAULT_CACHE_TIME_TO_LIVE, TIMEOUT_MS)
                    .rateLimited(refetchInterval.toMillis())
                    .retrying(false)
                    .build();
            discoveryFailedAt = null;
            return keys;
        } catch (IOException | ParseException | RuntimeException e) {
            discoveryFailedAt = now;
            LOG.warning(() -> "API tokens: cannot read the OpenID Connect provider's configuration at " + discoveryUri()
                    + " (" + e + "); provider tokens are refused until it answers");
            throw new KeySourceException("The provider's discovery failed", e);
        }
    }

    private URL jwksUri() throws IOException, ParseException {
        String metadata = retriever.retrieveResource(discoveryUri().toURL()).getContent();
        URI jwksUri = JSONObjectUtils.getURI(JSONObjectUtils.parse(metadata), "jwks_uri");
        if (jwksUri == null) {
            throw new ParseException("no jwks_uri in the provider's configuration", 0);
        }
        return jwksUri.toURL();
    }

    private URI discoveryUri() {
        return URI.create(issuer + "/.well-known/openid-configuration");
    }
}
