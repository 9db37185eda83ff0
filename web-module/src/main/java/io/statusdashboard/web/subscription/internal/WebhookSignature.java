package io.statusdashboard.web.subscription.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature receivers check: {@code sha256=} and the lower-case hex HMAC-SHA256 of the raw
 * body, keyed with the endpoint's secret as UTF-8 bytes (the form GitHub's webhooks made common, so
 * receivers' existing verifiers work).
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Signature-256";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    public static String of(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java runtime has HmacSHA256, and any non-empty key fits it.
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
