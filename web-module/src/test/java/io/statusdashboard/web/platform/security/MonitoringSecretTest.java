package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringSecretTest {

    /** A JWT: Base64url JSON header and claims ("{"… is "eyJ"…), then the signature. */
    private static final Pattern TOKEN = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{20,}");

    @TempDir
    Path directory;

    @Test
    void aGeneratedKeyIsAnnouncedWithWhereItIsAndHowToMintATokenButNeitherKeyNorTokenIsLogged() throws Exception {
        MemorySecretStore database = new MemorySecretStore();
        Path file = directory.resolve("data/api-secret-key");
        try (CapturedLog log = CapturedLog.of(MonitoringSecret.class.getName())) {
            String key = MonitoringSecret.sharedKey(database, file);
            assertEquals(key, database.values.get(MonitoringSecret.KEY_NAME));
            assertEquals(key, Files.readString(file), "the copy the scripts mint with");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            String text = log.all();
            assertEquals(1, log.records().size(), text);
            assertTrue(text.contains(file.toString()), text);
            assertTrue(text.contains("scripts/post-status.sh --token"), text);
            assertTrue(text.contains(directory.toString()), "where to run it: " + text);
            assertFalse(text.contains(key), text);
            assertFalse(TOKEN.matcher(text).find(), "a token in the log: " + text);
        }
    }

    @Test
    void everyInstanceTakesTheKeptKeyWithoutAnnouncingIt() throws Exception {
        MemorySecretStore database = new MemorySecretStore();
        String key = MonitoringSecret.sharedKey(database, directory.resolve("first/data/api-secret-key"));
        Path another = directory.resolve("second/data/api-secret-key");
        try (CapturedLog log = CapturedLog.of(MonitoringSecret.class.getName())) {
            assertEquals(key, MonitoringSecret.sharedKey(database, another));
            assertEquals(key, Files.readString(another), "its scripts mint tokens the cluster accepts");
            assertEquals(0, log.records().size(), log.all());
        }
    }

    @Test
    void aKeyKeptInAFileByAnEarlierVersionMovesIntoTheDatabaseUnlessAnotherInstanceWasFirst() throws Exception {
        MemorySecretStore database = new MemorySecretStore();
        Path older = directory.resolve("older/data/api-secret-key");
        Files.createDirectories(older.getParent());
        Files.writeString(older, "key-of-an-earlier-version");
        assertEquals("key-of-an-earlier-version", MonitoringSecret.sharedKey(database, older));
        assertEquals("key-of-an-earlier-version", database.values.get(MonitoringSecret.KEY_NAME));

        Path stale = directory.resolve("stale/data/api-secret-key");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "a-key-no-other-instance-accepts");
        assertEquals("key-of-an-earlier-version", MonitoringSecret.sharedKey(database, stale));
        assertEquals("key-of-an-earlier-version", Files.readString(stale));
    }
}
