package io.statusdashboard.web.it;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hand-made JWTs, good and bad, as monitoring clients (PyJWT and the like) send them; made here
 * rather than with a library so that short keys and forged headers are possible.
 */
public final class Tokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {}

    public static String hs256(String secret, String claimsJson) {
        return signed("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", claimsJson, "HmacSHA256", secret);
    }

    public static String hs384(String secret, String claimsJson) {
        return signed("{\"alg\":\"HS384\",\"typ\":\"JWT\"}", claimsJson, "HmacSHA384", secret);
    }

    public static String hs512(String secret, String claimsJson) {
        return signed("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", claimsJson, "HmacSHA512", secret);
    }

    /** An unsigned token: {@code alg: none} and an empty signature. */
    public static String none(String claimsJson) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claimsJson) + ".";
    }

    private static String signed(String header, String claims, String algorithm, String secret) {
        String input = encode(header) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return input + "." + BASE64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
