package io.statusdashboard.web.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the monitoring API's bearer token as the original did: an HS256 JWT signed with
 * {@code SDB_SECRET_KEY} that carries the configured claim. Anything else is refused, including
 * {@code alg: none}, other algorithms, an expired {@code exp} and a {@code nbf} in the future.
 *
 * <p>nimbus-jose-jwt parses the token; {@link SharedSecretSignature} checks the HMAC, which
 * accepts the short keys existing installations may use.
 */
public final class MonitoringTokenVerifier {

    private final SharedSecretSignature signature;
    private final String requiredClaim;

    public MonitoringTokenVerifier(String secret, String requiredClaim) {
        this(new SharedSecretSignature(secret), requiredClaim);
    }

    public MonitoringTokenVerifier(SharedSecretSignature signature, String requiredClaim) {
        this.signature = signature;
        this.requiredClaim = requiredClaim;
    }

    /** @return why the request is refused, or empty when the token is good */
    public Optional<String> refusal(String authorization, Instant now) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.of("Missing token: send 'Authorization: Bearer <token>'");
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
            return Optional.of("Invalid token: the Authorization scheme must be Bearer");
        }
        SignedJWT token;
        try {
            token = SignedJWT.parse(parts[1]);
        } catch (ParseException | RuntimeException e) {
            return Optional.of("Invalid token: not a signed JWT");
        }
        if (!JWSAlgorithm.HS256.equals(token.getHeader().getAlgorithm())) {
            return Optional.of("Invalid token: it must be signed with HS256");
        }
        if (!signature.matches(token)) {
            return Optional.of("Invalid token: bad signature");
        }
        JWTClaimsSet claims;
        try {
            claims = token.getJWTClaimsSet();
        } catch (ParseException e) {
            return Optional.of("Invalid token: unreadable claims");
        }
        Optional<String> outOfTime = TokenLifetime.refusal(claims, now, false);
        if (outOfTime.isPresent()) {
            return outOfTime;
        }
        if (claims.getClaim(requiredClaim) == null) {
            return Optional.of("Invalid token: the claim '" + requiredClaim + "' is missing");
        }
        return Optional.empty();
    }
}
