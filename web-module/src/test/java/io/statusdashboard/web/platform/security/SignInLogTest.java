package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.CapturedLog;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class SignInLogTest {

    @Test
    void aFailedSignInIsLoggedWithTheNameAndTheAddress() {
        try (CapturedLog log = CapturedLog.of(SignInLog.class.getName())) {
            SignInLog.failed("admin", "198.51.100.7");
            assertEquals(1, log.records().size());
            assertEquals(Level.WARNING, log.records().get(0).getLevel());
            assertEquals("Failed sign-in as \"admin\" from \"198.51.100.7\"", log.messages().get(0));
        }
    }

    @Test
    void aNameCannotForgeALogLineNorHideTheRestOfThisOne() {
        try (CapturedLog log = CapturedLog.of(SignInLog.class.getName())) {
            SignInLog.failed("x\"\nDec 01, 2026 INFO: Signed in as \"admin\r\u2028\u202e\u0000", "198.51.100.7");
            String line = log.messages().get(0);
            assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u2028") || line.contains("\u202e")
                    || line.contains("\u0000"), line);
            assertEquals("Failed sign-in as \"x\\\"\\u000aDec 01, 2026 INFO: Signed in as \\\"admin\\u000d\\u2028\\u202e\\u0000\""
                    + " from \"198.51.100.7\"", line);
        }
    }

    @Test
    void aLongNameIsCutShort() {
        String quoted = SignInLog.quoted("a".repeat(100_000));
        assertTrue(quoted.length() < 100, quoted);
        assertTrue(quoted.endsWith("(100000 characters)"), quoted);
    }

    @Test
    void waitingClientsAreLoggedOnlyOnRequest() {
        try (CapturedLog log = CapturedLog.of(SignInLog.class.getName())) {
            SignInLog.refused("admin", "198.51.100.7", Duration.ofSeconds(4));
            assertEquals(Level.FINE, log.records().get(0).getLevel());
            assertTrue(log.messages().get(0).contains("4 s"), log.messages().get(0));
        }
    }
}
