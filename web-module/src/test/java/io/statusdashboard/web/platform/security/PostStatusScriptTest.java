package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/post-status.sh --token}, which the start-up log points to instead of printing a
 * token: what it mints is accepted by the dashboard's verifier, with the configured key or with the
 * one the dashboard generated in the directory it runs in. Needs bash and openssl, as the script does.
 */
class PostStatusScriptTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "post-status.sh").toAbsolutePath();

    @TempDir
    Path directory;

    @Test
    void mintsATokenWithTheConfiguredKey() throws Exception {
        String token = mint(Map.of("SDB_SECRET_KEY", "configured-key", "SDB_API_PAYLOAD_KEY", "stackmon"));
        assertEquals(Optional.empty(), new MonitoringTokenVerifier("configured-key", "stackmon")
                .refusal("Bearer " + token, Instant.now()));
    }

    @Test
    void mintsATokenWithTheKeyTheDashboardGeneratedHere() throws Exception {
        String key = MonitoringSecret.sharedKey(new MemorySecretStore(), directory.resolve("data/api-secret-key"));
        String token = mint(Map.of());
        assertEquals(Optional.empty(), new MonitoringTokenVerifier(key, MonitoringSecret.DEFAULT_PAYLOAD_KEY)
                .refusal("Bearer " + token, Instant.now()));
    }

    private String mint(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "--token").directory(directory.toFile());
        builder.environment().remove("SDB_SECRET_KEY");
        builder.environment().remove("SDB_API_PAYLOAD_KEY");
        builder.environment().putAll(environment);
        Process process = builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        process.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
