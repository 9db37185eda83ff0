package io.statusdashboard.web.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.statusdashboard.incident.api.CallerRole;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an access token the OpenID Connect provider signed (RSA or EC): its signature with the
 * provider's published keys, {@code iss} equal to the provider's issuer, an {@code exp} that has not
 * passed, and, when it names an audience, the dashboard's client id among it. No call to the user
 * info: the token carries all it needs. The caller's role comes from its {@code groups} claim
 * through {@link RoleMapping}; a token without a role group is refused.
 */
public final class ProviderTokenVerifier {

    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private static final String GROUPS_CLAIM = "groups";

    private final String issuer;
    private final String clientId;
    private final RoleMapping roles;
    private final DefaultJWTProcessor<SecurityContext> signatureCheck = new DefaultJWTProcessor<>();

    /**
     * @param issuer the configured issuer URL (a trailing slash on either side does not matter)
     * @param clientId the dashboard's client id: a token that names audiences must name it
     */
    public ProviderTokenVerifier(String issuer, String clientId, JWKSource<SecurityContext> keys, RoleMapping roles) {
        this.issuer = withoutTrailingSlash(issuer);
        this.clientId = clientId;
        this.roles = roles;
        signatureCheck.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        // Providers type access tokens as JWT, as at+jwt (RFC 9068), or not at all.
        signatureCheck.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        // The claims are checked below, against the moment the caller passes in.
        signatureCheck.setJWTClaimsSetVerifier(null);
    }

    public static boolean accepts(JWSAlgorithm algorithm) {
        return ALGORITHMS.contains(algorithm);
    }

    public TokenVerdict verify(SignedJWT token, Instant now) {
        JWTClaimsSet claims;
        try {
            claims = signatureCheck.process(token, null);
        } catch (BadJOSEException | JOSEException e) {
            return TokenVerdict.refused("Invalid token: not signed by a key of the provider (" + e.getMessage() + ")");
        }
        Optional<String> outOfTime = TokenLifetime.refusal(claims, now, true);
        if (outOfTime.isPresent()) {
            return TokenVerdict.refused(outOfTime.get());
        }
        if (claims.getIssuer() == null || !issuer.equals(withoutTrailingSlash(claims.getIssuer()))) {
            return TokenVerdict.refused("Invalid token: issued by another issuer");
        }
        List<String> audience = claims.getAudience();
        if (!audience.isEmpty() && !audience.contains(clientId)) {
            return TokenVerdict.refused("Invalid token: meant for another audience");
        }
        Optional<CallerRole> role = roles.roleOf(groups(claims));
        if (role.isEmpty()) {
            return TokenVerdict.refused("Token without a role: its groups include none of the configured role groups");
        }
        Optional<String> name = nonBlankString(claims, "preferred_username").or(() -> nonBlankString(claims, "sub"));
        if (name.isEmpty()) {
            return TokenVerdict.refused("Invalid token: it names nobody (no preferred_username, no sub)");
        }
        return TokenVerdict.accepted(new ApiCaller(name.get(), role.get()));
    }

    private static List<String> groups(JWTClaimsSet claims) {
        if (!(claims.getClaim(GROUPS_CLAIM) instanceof List<?> values)) {
            return List.of();
        }
        return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    private static Optional<String> nonBlankString(JWTClaimsSet claims, String name) {
        return Optional.ofNullable(claims.getClaim(name))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(value -> !value.isBlank());
    }

    private static String withoutTrailingSlash(String url) {
        return Objects.requireNonNull(url, "issuer").replaceFirst("/+$", "");
    }
}
