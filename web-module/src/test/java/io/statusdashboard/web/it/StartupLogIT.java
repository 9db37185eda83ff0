package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's whole log, as an operator's log collector gets it: the bundle started twice in an
 * empty directory, as a newcomer starts it. The first start prints the generated operator password
 * once and tells where the generated API key is kept and how to mint a token; no start prints the
 * key, a token, a configured secret, the database password or a password someone tried to sign in
 * with. A failed sign-in is logged with the name tried.
 *
 * <p>On the PostgreSQL run the database URI carries a password (the test server trusts local
 * connections and never asks for it); on the H2 run the bundle makes its embedded database.
 */
class StartupLogIT {

    /** 20–40 s usually; several times that on a build machine busy with other builds. */
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(6);
    private static final Pattern ANNOUNCED_PASSWORD = Pattern.compile("Operator login: admin / (\\S+)");
    /** A JWT: Base64url JSON header and claims ("{"… is "eyJ"…), then the signature. */
    private static final Pattern TOKEN = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{20,}");
    private static final String DATABASE_PASSWORD = "db-password-for-the-log-test";
    private static final String CONFIGURED_KEY = "configured-key-for-the-log-test";
    private static final String TRIED_PASSWORD = "tried-password-for-the-log-test";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path directory;

    @Test
    void theLogTellsWhereSecretsAreButShowsNone() throws Exception {
        Map<String, String> environment = new HashMap<>();
        TestDatabase database = new TestDatabase();
        if (database.isPostgreSql()) {
            database.reset();
            environment.put("SDB_DATABASE_URI",
                    System.getProperty("it.database.uri").replaceFirst("://([^:@/]+)@", "://$1:" + DATABASE_PASSWORD + "@"));
            assertTrue(environment.get("SDB_DATABASE_URI").contains(DATABASE_PASSWORD), environment.toString());
        }

        String firstLog = run(environment, base -> {
            String key = Files.readString(directory.resolve("data/api-secret-key")).strip();
            assertEquals(400, report(base, Tokens.hs256(key, "{\"stackmon\":\"log-test\"}")),
                    "the token is accepted (and the unknown component refused)");
        });
        List<String> announced = ANNOUNCED_PASSWORD.matcher(firstLog).results().map(match -> match.group(1)).toList();
        assertEquals(1, announced.size(), "the generated password, once:\n" + firstLog);
        String generatedKey = Files.readString(directory.resolve("data/api-secret-key")).strip();
        assertNoSecret(firstLog, generatedKey);
        assertTrue(firstLog.contains(directory.resolve("data/api-secret-key").toString()), firstLog);
        assertTrue(firstLog.contains("scripts/post-status.sh --token"), firstLog);

        environment.put("SDB_SECRET_KEY", CONFIGURED_KEY);
        String password = announced.get(0);
        String laterLog = run(environment, base -> {
            assertEquals(400, report(base, Tokens.hs256(CONFIGURED_KEY, "{\"stackmon\":\"log-test\"}")));
            try (Browser browser = new Browser()) {
                HtmlPage wrong = LocalLogin.submit(browser.open(base, "/login"), "admin", TRIED_PASSWORD);
                assertTrue(wrong.asNormalizedText().contains("Wrong user name or password"));
                HtmlPage operator = LocalLogin.submit(browser.open(base, "/login?returnTo=/operator"), "admin", password);
                assertEquals("/operator", operator.getUrl().getPath(), "the printed password is the operator's");
            }
        });
        assertFalse(laterLog.contains("Operator login"), "a later start prints no password:\n" + laterLog);
        assertFalse(laterLog.contains(password), laterLog);
        assertTrue(laterLog.contains("Failed sign-in as \"admin\" from "), "a failed sign-in is logged:\n" + laterLog);
        assertNoSecret(laterLog, generatedKey);
        assertFalse(laterLog.contains(CONFIGURED_KEY), laterLog);
    }

    private static void assertNoSecret(String log, String generatedKey) {
        assertFalse(log.contains(generatedKey), "the API key is in the log:\n" + log);
        assertFalse(TOKEN.matcher(log).find(), "a token is in the log:\n" + log);
        assertFalse(log.contains(DATABASE_PASSWORD), "the database password is in the log:\n" + log);
        assertFalse(log.contains(TRIED_PASSWORD), "a tried password is in the log:\n" + log);
    }

    /** What a running instance is asked to do before it stops. */
    private interface Visit {
        void to(URL base) throws Exception;
    }

    /** Starts the bundle in the test's directory, visits it once it is ready, stops it and returns its log. */
    private String run(Map<String, String> environment, Visit visit) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile(directory, "server", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("it.bundle"), "--port", String.valueOf(port), "--nocluster")
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        for (String inherited : List.of("SDB_DATABASE_URI", "SDB_SECRET_KEY", "SDB_ADMIN_PASSWORD", "SDB_OPENID_ISSUER_URL")) {
            builder.environment().remove(inherited);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
            awaitReady(process, base, log);
            visit.to(base);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        String text = Files.readString(log);
        Files.delete(log);
        return text;
    }

    private static void awaitReady(Process process, URL base, Path log) throws Exception {
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the bundle exited:\n" + Files.readString(log));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still booting
            }
            Thread.sleep(250);
        }
        fail("the bundle was not ready within " + BOOT_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static int report(URL base, String token) throws Exception {
        String body = "{\"name\": \"no such component\", \"impact\": 1, \"text\": \"log test\","
                + " \"attributes\": [{\"name\": \"region\", \"value\": \"nowhere\"}]}";
        return HTTP.send(HttpRequest.newBuilder(base.toURI().resolve("/api/v1/component_status"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
