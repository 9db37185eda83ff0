package io.statusdashboard.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full application server, as an enterprise team deploys it: a fresh Payara Server 6
 * domain on its own ports, {@code asadmin deploy}, then the status page, the API and the feed
 * answer. The dashboard runs on its embedded database here; the same SDB_* variables as on
 * Payara Micro would point it at PostgreSQL.
 */
class FullServerIT {

    private static final String DOMAIN = "status-dashboard-it";
    /** Admin port 28048, HTTP 28080: clear of the usual 4848/8080. */
    private static final int PORT_BASE = 28000;
    private static final URI BASE = URI.create("http://localhost:" + (PORT_BASE + 80) + "/");

    private static final Path PAYARA = Path.of(System.getProperty("payara.home"));
    private static final Path EAR = Path.of(System.getProperty("ear.file"));
    private static final Path DATABASE = Path.of(System.getProperty("ear.file")).resolveSibling("full-server-db/dashboard")
            .toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void deployOnAFreshDomain() throws Exception {
        asadmin("delete-domain", DOMAIN);
        require(asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE), DOMAIN));
        require(asadmin(Map.of(
                // On a full server the datasource settings come straight from MicroProfile Config
                // (environment SDB_DATASOURCE_URL / SDB_DATASOURCE_CLASS): the WAR's translation of
                // SDB_DATABASE_URI is not visible where the server resolves application datasources.
                "SDB_DATASOURCE_URL", "jdbc:h2:file:" + DATABASE + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                        + ";DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE",
                "SDB_DATASOURCE_CLASS", "org.h2.jdbcx.JdbcDataSource"), "start-domain", DOMAIN));
        long started = System.nanoTime();
        require(asadmin("--port", String.valueOf(PORT_BASE + 48), "deploy", EAR.toString()));
        System.out.printf("Full server: EAR deployed in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    @AfterAll
    static void stopDomain() throws Exception {
        asadmin("stop-domain", DOMAIN);
        asadmin("delete-domain", DOMAIN);
    }

    @Test
    void theStatusPageAnswersAtTheRootContext() throws Exception {
        HttpResponse<String> page = get("");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("region-switch"), page.body());
        assertTrue(page.body().contains("EU-DE"), "the demo catalog was provisioned");
    }

    @Test
    void theMonitoringApiAndTheFeedAnswer() throws Exception {
        HttpResponse<String> components = get("api/v1/component_status?name=Elastic");
        assertEquals(200, components.statusCode());
        assertTrue(components.body().startsWith("[") && components.body().contains("\"name\":\"Elastic Cloud Server\""),
                components.body());
        HttpResponse<String> feed = get("rss/?mt=EU-DE");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        assertEquals(404, get("rss/?mt=MARS-1").statusCode());
    }

    @Test
    void theMaintenanceClockRunsOnTheServersDefaultScheduledExecutor() throws Exception {
        Path serverLog = PAYARA.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log");
        String log = Files.readString(serverLog);
        assertTrue(log.contains("Maintenance clock started: a pass every 30 s"), "the clock started with its default");
        assertFalse(log.contains("Maintenance clock pass rolled back"), "and its passes work");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Result asadmin(String... arguments) throws IOException, InterruptedException {
        return asadmin(Map.of(), arguments);
    }

    private static Result asadmin(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PAYARA.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("asadmin", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        if (!done) {
            process.destroyForcibly();
            return new Result(-1, String.join(" ", command) + " timed out\n" + output);
        }
        return new Result(process.exitValue(), String.join(" ", command) + "\n" + output);
    }

    private static void require(Result result) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException("asadmin failed (" + result.exitCode() + "): " + result.output());
        }
    }

    private record Result(int exitCode, String output) {}
}
