package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheRawBodyWithTheSecretsUtf8BytesAsGitHubsReceiversExpect() {
        // The example GitHub documents for X-Hub-Signature-256, so existing verifiers accept ours.
        assertEquals("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
                WebhookSignature.of("Hello, World!".getBytes(StandardCharsets.UTF_8), "It's a Secret to Everybody"));
    }

    @Test
    void aSecretOutsideAsciiIsKeyedByItsUtf8Bytes() throws Exception {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertEquals(hmac(body, "gr\u00fcn".getBytes(StandardCharsets.UTF_8)), WebhookSignature.of(body, "gr\u00fcn"));
        assertNotEquals(hmac(body, "gr\u00fcn".getBytes(StandardCharsets.ISO_8859_1)), WebhookSignature.of(body, "gr\u00fcn"));
    }

    private static String hmac(byte[] body, byte[] key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void anyChangeOfTheBodyChangesTheSignature() {
        assertNotEquals(WebhookSignature.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8), "s"),
                WebhookSignature.of("{\"a\":2}".getBytes(StandardCharsets.UTF_8), "s"));
    }
}
