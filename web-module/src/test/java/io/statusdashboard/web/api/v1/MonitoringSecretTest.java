package io.statusdashboard.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path file = directory.resolve("data/api-secret-key");
        try (CapturedLog log = CapturedLog.of(MonitoringSecret.class.getName())) {
            String key = MonitoringSecret.keptOrGeneratedSecret(file);
            assertEquals(key, Files.readString(file));
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
    void aKeptKeyIsNotAnnouncedAgain() throws Exception {
        Path file = directory.resolve("data/api-secret-key");
        String key = MonitoringSecret.keptOrGeneratedSecret(file);
        try (CapturedLog log = CapturedLog.of(MonitoringSecret.class.getName())) {
            assertEquals(key, MonitoringSecret.keptOrGeneratedSecret(file));
            assertEquals(0, log.records().size(), log.all());
        }
    }
}
