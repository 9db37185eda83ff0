package io.statusdashboard.web.api.v1;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the monitoring API's bearer token as the original did: an HS256 JWT signed with
 * {@code SDB_SECRET_KEY} that carries the configured claim. Anything else is refused, including
 * {@code alg: none}, other algorithms, an expired {@code exp} and a {@code nbf} in the future.
 *
 * <p>nimbus-jose-jwt parses the token; the HMAC is checked here with the JDK because existing
 * installations may use keys shorter than the 256 bits nimbus insists on, and their clients'
 * tokens must keep working.
 */
public final class MonitoringTokenVerifier {

    /** Tolerated clock difference between the monitoring host and the dashboard. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final byte[] key;
    private final String requiredClaim;

    public MonitoringTokenVerifier(String secret, String requiredClaim) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
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
        if (!signatureMatches(token)) {
            return Optional.of("Invalid token: bad signature");
        }
        JWTClaimsSet claims;
        try {
            claims = token.getJWTClaimsSet();
        } catch (ParseException e) {
            return Optional.of("Invalid token: unreadable claims");
        }
        Date expires = claims.getExpirationTime();
        if (expires != null && !expires.toInstant().plus(CLOCK_SKEW).isAfter(now)) {
            return Optional.of("Invalid token: expired");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().minus(CLOCK_SKEW).isAfter(now)) {
            return Optional.of("Invalid token: not valid yet");
        }
        if (claims.getClaim(requiredClaim) == null) {
            return Optional.of("Invalid token: the claim '" + requiredClaim + "' is missing");
        }
        return Optional.empty();
    }

    private boolean signatureMatches(SignedJWT token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal(token.getSigningInput());
            return MessageDigest.isEqual(expected, token.getSignature().decode());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
