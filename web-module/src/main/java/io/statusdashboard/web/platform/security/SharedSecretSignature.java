package io.statusdashboard.web.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one check of tokens signed with the shared secret ({@code SDB_SECRET_KEY}), for API v1 and
 * v2 alike: HS256, HS384 or HS512, compared in constant time.
 *
 * <p>The JDK computes the HMAC rather than nimbus-jose-jwt because existing installations may use
 * keys shorter than nimbus accepts, and their clients' tokens must keep working. An empty secret
 * matches nothing: a token "signed" with an empty key proves nothing.
 */
public final class SharedSecretSignature {

    private static final Map<JWSAlgorithm, String> MACS = Map.of(
            JWSAlgorithm.HS256, "HmacSHA256",
            JWSAlgorithm.HS384, "HmacSHA384",
            JWSAlgorithm.HS512, "HmacSHA512");

    private final byte[] key;

    public SharedSecretSignature(String secret) {
        this.key = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the token names one of the HMAC algorithms, whatever its signature. */
    public static boolean isHmac(SignedJWT token) {
        return MACS.containsKey(token.getHeader().getAlgorithm());
    }

    /** Whether the token is HMAC-signed with this secret by the algorithm its header names. */
    public boolean matches(SignedJWT token) {
        String algorithm = MACS.get(token.getHeader().getAlgorithm());
        if (algorithm == null || key.length == 0 || token.getSignature() == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] expected = mac.doFinal(token.getSigningInput());
            return MessageDigest.isEqual(expected, token.getSignature().decode());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
