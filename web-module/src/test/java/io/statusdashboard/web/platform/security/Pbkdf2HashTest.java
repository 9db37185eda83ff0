package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class Pbkdf2HashTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aNewHashIsPbkdf2Sha256WithSixHundredThousandIterationsInThePhcFormat() {
        Pbkdf2Hash hash = Pbkdf2Hash.of("correct horse", random);
        String encoded = hash.encoded();
        assertTrue(encoded.matches("\\$pbkdf2-sha256\\$i=600000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"), encoded);
        assertTrue(hash.isCurrent());
        assertTrue(hash.matches("correct horse"));
        assertFalse(hash.matches("correct horse "));
        assertFalse(hash.matches(""));
    }

    @Test
    void aStoredHashReadsBackWithItsParameters() {
        String encoded = Pbkdf2Hash.of("pässwörd 🐎", random).encoded();
        Pbkdf2Hash read = Pbkdf2Hash.parse(encoded + "\n");
        assertTrue(read.matches("pässwörd 🐎"));
        assertFalse(read.matches("passwort"));
        assertTrue(read.isCurrent());
        assertEquals(encoded, read.encoded());
        assertNotEquals(encoded, Pbkdf2Hash.of("pässwörd 🐎", random).encoded(), "a new salt every time");
    }

    @Test
    void aHashWithFewerIterationsIsCheckedWithThemAndIsNotCurrent() throws Exception {
        byte[] salt = new byte[16];
        byte[] derived = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec("secret".toCharArray(), salt, 1000, 256)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        Pbkdf2Hash weaker = Pbkdf2Hash.parse("$pbkdf2-sha256$i=1000$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derived));
        assertTrue(weaker.matches("secret"));
        assertFalse(weaker.isCurrent());

        String sameWithMoreIterations = weaker.encoded().replace("i=1000", "i=600000");
        assertFalse(Pbkdf2Hash.parse(sameWithMoreIterations).matches("secret"), "the iterations are part of the hash");
    }

    @Test
    void theFormatEarlierVersionsStoredIsReadAndIsNotCurrent() {
        Pbkdf2Hash legacy = Pbkdf2Hash.parse(LegacyHashes.jakartaPbkdf2("old-password"));
        assertTrue(legacy.matches("old-password"));
        assertFalse(legacy.matches("old-passwort"));
        assertFalse(legacy.isCurrent());
        assertTrue(legacy.encoded().startsWith("$pbkdf2-sha256$i=2048$"), "written as what it is");
    }

    @Test
    void somethingElseIsRefusedWithoutRepeatingIt() {
        for (String stored : new String[] {"hunter2", "", "$pbkdf2-md5$i=1000$AAAA$AAAA", "PBKDF2WithHmacSHA1:1000:AAAA:AAAA",
                "$pbkdf2-sha256$i=0$AAAA$AAAA"}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Pbkdf2Hash.parse(stored));
            assertFalse(!stored.isEmpty() && error.getMessage().contains(stored), error.getMessage());
        }
    }
}
