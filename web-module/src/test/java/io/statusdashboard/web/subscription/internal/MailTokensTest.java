package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailTokensTest {

    @Test
    void tokensAre256RandomBitsInUrlSafeTextAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = MailTokens.newToken();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertTrue(MailTokens.wellFormed(token));
            assertTrue(seen.add(token), "a token came twice");
        }
    }

    @Test
    void theStoredFormIsTheSha256OfTheTokenNotTheToken() {
        // SHA-256 of "abc", a published test vector.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", MailTokens.hash("abc"));
        String token = MailTokens.newToken();
        assertEquals(MailTokens.hash(token), MailTokens.hash(token));
        assertNotEquals(token, MailTokens.hash(token));
        assertNotEquals(MailTokens.hash(token), MailTokens.hash(MailTokens.newToken()));
    }

    @Test
    void valuesOfAnyOtherShapeAreRefusedBeforeTheDatabaseIsAsked() {
        assertFalse(MailTokens.wellFormed(null));
        assertFalse(MailTokens.wellFormed(""));
        assertFalse(MailTokens.wellFormed("short"));
        assertFalse(MailTokens.wellFormed(MailTokens.newToken() + "A"));
        assertFalse(MailTokens.wellFormed("' OR 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        assertFalse(MailTokens.wellFormed("a".repeat(42) + "="));
    }
}
