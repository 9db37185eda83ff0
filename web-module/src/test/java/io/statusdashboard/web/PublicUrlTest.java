package io.statusdashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What {@code SDB_PUBLIC_URL} accepts, and the one form every link is built from. */
class PublicUrlTest {

    @Test
    void anAbsoluteHttpAddressIsKeptWithoutItsTrailingSlash() {
        assertEquals("https://status.example.com", PublicUrl.normalise("https://status.example.com"));
        assertEquals("https://status.example.com", PublicUrl.normalise(" https://status.example.com/ "));
        assertEquals("https://status.example.com", PublicUrl.normalise("HTTPS://Status.Example.COM//"));
        assertEquals("http://10.0.0.5:8080/status", PublicUrl.normalise("http://10.0.0.5:8080/status/"));
        assertEquals("https://[2001:db8::1]", PublicUrl.normalise("https://[2001:db8::1]/"));
    }

    @Test
    void anythingElseIsRefusedWithItsReason() {
        assertReason("status.example.com", "not an absolute http or https URL");
        assertReason("/status", "not an absolute http or https URL");
        assertReason("ftp://status.example.com", "not an absolute http or https URL");
        assertReason("javascript:alert(1)", "not an absolute http or https URL");
        assertReason("https://", "not a URL");
        assertReason("https://status example.com", "not a URL");
        assertReason("https://status.example.com/?source=rss", "query or fragment");
        assertReason("https://status.example.com/#top", "query or fragment");
        assertReason("https://status.example.com:port", "names no host");
    }

    @Test
    void credentialsAreRefusedAndNeverRepeated() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PublicUrl.normalise("https://admin:s3cret@status.example.com"));
        assertTrue(refused.getMessage().contains("user name or password"), refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cret"));
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> PublicUrl.normalise("htp://admin:s3cret@status.example.com"));
        assertFalse(broken.getMessage().contains("s3cret"), broken.getMessage());
    }

    private static void assertReason(String value, String reason) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PublicUrl.normalise(value),
                value);
        assertTrue(refused.getMessage().contains(reason), value + ": " + refused.getMessage());
    }
}
