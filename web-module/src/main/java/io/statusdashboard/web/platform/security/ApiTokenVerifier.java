package io.statusdashboard.web.platform.security;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.statusdashboard.incident.api.CallerRole;
import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides who sent an API v2 write from its {@code Authorization} header, as status-dashboard-v3
 * does: {@code Bearer <jwt>}, or the bare token. An HMAC token (HS256/384/512) signed with the
 * shared secret is the monitoring system, whatever its claims; an RSA or EC token goes to the
 * OpenID Connect provider's check, when a provider is configured. Everything else is refused:
 * {@code alg: none}, other algorithms, unparsable tokens, bad signatures, tokens out of their time.
 */
public final class ApiTokenVerifier {

    /** The name of the caller behind a shared-secret token, which names nobody. */
    public static final String MONITORING = "monitoring";

    private static final Pattern SCHEME = Pattern.compile("(?i)^bearer(\\s+|$)");

    private final SharedSecretSignature sharedSecret;
    private final Optional<ProviderTokenVerifier> provider;

    public ApiTokenVerifier(SharedSecretSignature sharedSecret, Optional<ProviderTokenVerifier> provider) {
        this.sharedSecret = sharedSecret;
        this.provider = provider;
    }

    public TokenVerdict verify(String authorization, Instant now) {
        Optional<String> bearer = token(authorization);
        if (bearer.isEmpty()) {
            return TokenVerdict.refused("Missing token");
        }
        SignedJWT token;
        try {
            token = SignedJWT.parse(bearer.get());
        } catch (ParseException | RuntimeException e) {
            return TokenVerdict.refused("Invalid token: not a signed JWT");
        }
        if (SharedSecretSignature.isHmac(token)) {
            return sharedSecretVerdict(token, now);
        }
        if (ProviderTokenVerifier.accepts(token.getHeader().getAlgorithm())) {
            return provider.map(check -> check.verify(token, now))
                    .orElseGet(() -> TokenVerdict.refused("Invalid token: signed for a provider, but none is configured"));
        }
        return TokenVerdict.refused("Invalid token: algorithm " + token.getHeader().getAlgorithm() + " is not accepted");
    }

    private TokenVerdict sharedSecretVerdict(SignedJWT token, Instant now) {
        if (!sharedSecret.matches(token)) {
            return TokenVerdict.refused("Invalid token: bad signature");
        }
        JWTClaimsSet claims;
        try {
            claims = token.getJWTClaimsSet();
        } catch (ParseException e) {
            return TokenVerdict.refused("Invalid token: unreadable claims");
        }
        return TokenLifetime.refusal(claims, now, false)
                .map(TokenVerdict::refused)
                .orElseGet(() -> TokenVerdict.accepted(new ApiCaller(MONITORING, CallerRole.MONITORING)));
    }

    /** The token of {@code Bearer <token>} (any case) or of a bare token. */
    private static Optional<String> token(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        String value = SCHEME.matcher(authorization.strip()).replaceFirst("");
        return value.isEmpty() || value.chars().anyMatch(Character::isWhitespace) ? Optional.empty() : Optional.of(value);
    }
}
