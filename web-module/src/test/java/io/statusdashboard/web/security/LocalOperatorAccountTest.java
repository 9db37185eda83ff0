package io.statusdashboard.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class LocalOperatorAccountTest {

    @Test
    void generatedPasswordsAreLongUnambiguousAndDifferent() {
        SecureRandom random = new SecureRandom();
        String first = LocalOperatorAccount.generatePassword(random);
        String second = LocalOperatorAccount.generatePassword(random);
        assertEquals(20, first.length());
        assertTrue(first.matches("[A-HJ-NP-Za-km-z2-9]+"), "no 0/O, 1/l/I to misread: " + first);
        assertNotEquals(first, second);
    }
}
