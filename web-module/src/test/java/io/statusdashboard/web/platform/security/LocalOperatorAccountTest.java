package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalOperatorAccountTest {

    private static final Pattern ANNOUNCED = Pattern.compile("Operator login: admin / (\\S+)");

    @TempDir
    Path directory;

    @Test
    void generatedPasswordsAreLongUnambiguousAndDifferent() {
        SecureRandom random = new SecureRandom();
        String first = LocalOperatorAccount.generatePassword(random);
        String second = LocalOperatorAccount.generatePassword(random);
        assertEquals(20, first.length());
        assertTrue(first.matches("[A-HJ-NP-Za-km-z2-9]+"), "no 0/O, 1/l/I to misread: " + first);
        assertNotEquals(first, second);
    }

    @Test
    void theGeneratedPasswordIsPrintedAtTheFirstStartOnlyAndOnlyItsHashIsKeptForEveryInstance() {
        MemorySecretStore database = new MemorySecretStore();
        Path file = directory.resolve("data/admin-password.hash");
        String password;
        try (CapturedLog log = CapturedLog.of(LocalOperatorAccount.class.getName())) {
            LocalOperatorAccount first = new LocalOperatorAccount(Optional.empty(), database, file);
            List<String> announcements = log.messages().stream().filter(ANNOUNCED.asPredicate()).toList();
            assertEquals(1, announcements.size(), log.all());
            Matcher announced = ANNOUNCED.matcher(announcements.get(0));
            assertTrue(announced.find());
            password = announced.group(1);
            assertTrue(first.matches("admin", password));
        }
        String kept = database.values.get(LocalOperatorAccount.HASH_NAME);
        assertTrue(kept.startsWith("$pbkdf2-sha256$i=600000$"), kept);
        assertFalse(kept.contains(password));
        assertFalse(Files.exists(file), "nothing in the instance's own directory");

        Path elsewhere = directory.resolve("another-instance/data/admin-password.hash");
        try (CapturedLog log = CapturedLog.of(LocalOperatorAccount.class.getName())) {
            LocalOperatorAccount later = new LocalOperatorAccount(Optional.empty(), database, elsewhere);
            assertTrue(later.matches("admin", password), "the same password on another instance, or after a restart");
            assertFalse(log.all().contains("Operator login"), log.all());
            assertFalse(log.all().contains(password), log.all());
        }
    }

    @Test
    void aConfiguredPasswordIsNeverPrintedNorKept() {
        MemorySecretStore database = new MemorySecretStore();
        Path file = directory.resolve("data/admin-password.hash");
        try (CapturedLog log = CapturedLog.of(LocalOperatorAccount.class.getName())) {
            LocalOperatorAccount account = new LocalOperatorAccount(Optional.of("configured-secret"), database, file);
            assertTrue(account.matches("admin", "configured-secret"));
            assertFalse(account.matches("admin", "configured-secreT"));
            assertFalse(account.matches("root", "configured-secret"));
            assertFalse(log.all().contains("configured-secret"), log.all());
            assertFalse(log.all().contains("Operator login"), log.all());
        }
        assertEquals(Map.of(), database.values);
        assertFalse(Files.exists(file));
    }

    @Test
    void aHashKeptInAFileByAnEarlierVersionMovesIntoTheDatabaseAndIsUpgradedAtTheNextSuccessfulSignIn()
            throws Exception {
        MemorySecretStore database = new MemorySecretStore();
        Path file = directory.resolve("data/admin-password.hash");
        Files.createDirectories(file.getParent());
        String legacy = LegacyHashes.jakartaPbkdf2("kept-password");
        Files.writeString(file, legacy + "\n");
        try (CapturedLog log = CapturedLog.of(LocalOperatorAccount.class.getName())) {
            LocalOperatorAccount account = new LocalOperatorAccount(Optional.empty(), database, file);
            assertEquals(legacy, database.values.get(LocalOperatorAccount.HASH_NAME), "brought along");
            assertFalse(account.matches("admin", "wrong-password"));
            assertFalse(account.matches("root", "kept-password"));
            assertEquals(legacy, database.values.get(LocalOperatorAccount.HASH_NAME), "a failed sign-in changes nothing");

            assertTrue(account.matches("admin", "kept-password"));
            String upgraded = database.values.get(LocalOperatorAccount.HASH_NAME);
            assertTrue(upgraded.startsWith("$pbkdf2-sha256$i=600000$"), upgraded);
            assertTrue(account.matches("admin", "kept-password"), "the new hash is in use");
            assertEquals(upgraded, database.values.get(LocalOperatorAccount.HASH_NAME), "upgraded once");
            assertTrue(log.all().contains("upgraded"), log.all());
            assertFalse(log.all().contains("kept-password"), log.all());
        }
        assertTrue(new LocalOperatorAccount(Optional.empty(), database, file).matches("admin", "kept-password"),
                "the upgraded hash after a restart");
    }

    @Test
    void anInstanceHoldingTheOldHashDoesNotUndoAnotherInstancesUpgrade() throws Exception {
        MemorySecretStore database = new MemorySecretStore();
        String legacy = LegacyHashes.jakartaPbkdf2("kept-password");
        database.values.put(LocalOperatorAccount.HASH_NAME, legacy);
        Path none = directory.resolve("data/admin-password.hash");
        LocalOperatorAccount first = new LocalOperatorAccount(Optional.empty(), database, none);
        LocalOperatorAccount second = new LocalOperatorAccount(Optional.empty(), database, none);
        assertTrue(first.matches("admin", "kept-password"));
        String upgradedByFirst = database.values.get(LocalOperatorAccount.HASH_NAME);
        assertNotEquals(legacy, upgradedByFirst);
        assertTrue(second.matches("admin", "kept-password"), "its old hash still takes the password");
        assertEquals(upgradedByFirst, database.values.get(LocalOperatorAccount.HASH_NAME));
    }
}
