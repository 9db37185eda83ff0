package io.statusdashboard.web.platform.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/** Whether a token is valid at a moment: its {@code exp} and {@code nbf}, with some tolerance. */
public final class TokenLifetime {

    /** Tolerated clock difference between the host that issued a token and the dashboard. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private TokenLifetime() {}

    /**
     * @param expiryRequired whether a token without {@code exp} is refused (it would be valid
     *     forever)
     * @return why the token is not valid at {@code now}, or empty when it is
     */
    public static Optional<String> refusal(JWTClaimsSet claims, Instant now, boolean expiryRequired) {
        Date expires = claims.getExpirationTime();
        if (expires == null && expiryRequired) {
            return Optional.of("Invalid token: no expiry");
        }
        if (expires != null && !expires.toInstant().plus(CLOCK_SKEW).isAfter(now)) {
            return Optional.of("Invalid token: expired");
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().minus(CLOCK_SKEW).isAfter(now)) {
            return Optional.of("Invalid token: not valid yet");
        }
        return Optional.empty();
    }
}
