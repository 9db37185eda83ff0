package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundle in a JVM whose zone is Asia/Kolkata, on a PostgreSQL of its own that the test stops
 * and starts (bench/faults/pg-instance.sh; the machine's shared cluster is never touched). The
 * database is a stackmon one after the original's later migration, its times {@code timestamptz}.
 */
class DatabaseFaultsIT {

    private static final String SECRET = "database-faults-it-secret";
    private static final String TOKEN = Tokens.hs256(SECRET, "{\"stackmon\":\"database-faults-it\"}");
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(6);
    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Path PG_INSTANCE = Path.of(System.getProperty("user.dir")).resolveSibling("bench")
            .resolve("faults/pg-instance.sh").toAbsolutePath();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static Map<String, String> pgEnvironment;
    private static Process dashboard;
    private static Path log;
    private static TestDatabase database;
    /** The same server's maintenance database, from which the dashboard's own is switched read-only and back. */
    private static TestDatabase server;
    private static URI base;

    @BeforeAll
    static void startDashboardInIndiaOnItsOwnPostgreSql() throws Exception {
        int pgPort = freePort();
        pgEnvironment = Map.of("PG_FAULTS_DIR", "/tmp/pg-faults-it-" + UUID.randomUUID(),
                "PG_FAULTS_PORT", String.valueOf(pgPort));
        postgreSql("start");
        String uri = "postgresql://postgres@127.0.0.1:" + pgPort + "/sdb_faults";
        database = new TestDatabase(uri);
        server = new TestDatabase("postgresql://postgres@127.0.0.1:" + pgPort + "/postgres");
        database.reset();
        database.executeScript("/it/stackmon-v1.sql");
        // The original's migration "using aware datetime(timezone)": the naive UTC times become instants.
        database.execute("""
                ALTER TABLE incident ALTER COLUMN start_date TYPE timestamptz USING start_date AT TIME ZONE 'UTC';
                ALTER TABLE incident ALTER COLUMN end_date TYPE timestamptz USING end_date AT TIME ZONE 'UTC';
                ALTER TABLE incident_status ALTER COLUMN "timestamp" TYPE timestamptz USING "timestamp" AT TIME ZONE 'UTC'
                """);
        base = start(uri);
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (dashboard != null) {
            dashboard.destroy();
            if (!dashboard.waitFor(30, TimeUnit.SECONDS)) {
                dashboard.destroyForcibly();
            }
        }
        if (pgEnvironment != null) {
            postgreSql("stop");
            deleteRecursively(Path.of(pgEnvironment.get("PG_FAULTS_DIR")));
        }
    }

    @Test
    void timesOfATimestamptzDatabaseAreReadInUtcWhateverTheJvmsZone() throws Exception {
        HttpResponse<String> incidents = get("/api/v1/incidents");
        assertEquals(200, incidents.statusCode());
        JsonObject outage = Json.createReader(new StringReader(incidents.body())).readArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(event -> event.getString("text").equals("Storage outage"))
                .findFirst().orElseThrow();
        assertEquals("2024-03-01 10:00", outage.getString("start_date"));
        assertEquals("2024-03-01 12:30", outage.getString("end_date"));
        assertEquals(List.of("2024-03-01 12:30", "2024-03-01 10:05"), outage.getJsonArray("updates").stream()
                .map(update -> update.asJsonObject().getString("timestamp")).sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    void aReportIsStoredAtTheMomentItWasMade() throws Exception {
        LocalDateTime before = LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
        HttpResponse<String> report = report("Object Storage Service", "EU-DE", 2);
        LocalDateTime after = LocalDateTime.now(ZoneOffset.UTC);
        assertEquals(201, report.statusCode(), report.body());
        JsonObject event = Json.createReader(new StringReader(report.body())).readObject();
        LocalDateTime answered = LocalDateTime.parse(event.getString("start_date"), API_TIME);
        assertTrue(!answered.isBefore(before) && !answered.isAfter(after), answered + " is not the UTC time of the report");
        double storedEpoch = ((Number) database.value("SELECT EXTRACT(EPOCH FROM start_date) FROM incident WHERE id = ?",
                event.getInt("id"))).doubleValue();
        double nowEpoch = System.currentTimeMillis() / 1000.0;
        assertTrue(Math.abs(nowEpoch - storedEpoch) < 120, "stored " + (nowEpoch - storedEpoch) + " s off the moment");
    }

    @Test
    void whileTheDatabaseIsDownPagesAreServedStaleWritesAnswer503AndItRecoversByItself() throws Exception {
        assertEquals(200, get("/").statusCode());
        // A change after the page was cached: the next visitor needs a page rendered anew.
        assertEquals(201, report("Cloud Container Engine", "EU-DE", 3).statusCode());
        List<String> seen = new ArrayList<>();
        postgreSql("stop");
        try {
            HttpResponse<String> page = get("/");
            assertEquals(200, page.statusCode(), page.body());
            assertEquals("stale", page.headers().firstValue("X-Cache").orElse(""));
            assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("stale-if-error"));
            assertTrue(page.body().contains("Compute API errors"), "the last known status");

            HttpResponse<String> write = report("Elastic Cloud Server", "EU-NL", 1);
            assertEquals(503, write.statusCode(), write.body());
            assertEquals("10", write.headers().firstValue("Retry-After").orElse(""));
            assertTrue(write.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(Json.createReader(new StringReader(write.body())).readObject().getString("message")
                    .contains("database"), write.body());

            HttpResponse<String> neverRendered = get("/history?year=2023");
            assertEquals(503, neverRendered.statusCode());
            assertEquals("10", neverRendered.headers().firstValue("Retry-After").orElse(""));
            assertTrue(neverRendered.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(neverRendered.body().contains("Temporarily unavailable"), "our page, not the server's");
        } finally {
            postgreSql("start");
        }
        long restarted = System.nanoTime();
        HttpResponse<String> write;
        do {
            write = report("Elastic Cloud Server", "EU-NL", 1);
            seen.add(String.valueOf(write.statusCode()));
            if (write.statusCode() == 503) {
                Thread.sleep(250);
            }
        } while (write.statusCode() == 503 && System.nanoTime() - restarted < Duration.ofSeconds(30).toNanos());
        long recoveredMillis = (System.nanoTime() - restarted) / 1_000_000;
        System.out.printf("Database faults: writes accepted again %d ms after PostgreSQL was back (%s)%n",
                recoveredMillis, String.join(" ", seen));
        assertEquals(201, write.statusCode(), write.body());
        assertTrue(recoveredMillis < 10_000, "recovered after " + recoveredMillis + " ms");
        assertTrue(seen.stream().allMatch(status -> status.equals("503") || status.equals("201")), seen.toString());
        int id = Json.createReader(new StringReader(write.body())).readObject().getInt("id");
        assertEquals(1L, ((Number) database.value("SELECT COUNT(*) FROM incident_component_relation r"
                + " JOIN incident i ON i.id = r.incident_id WHERE i.id = ? AND i.end_date IS NULL", id)).longValue());
        assertEquals(200, get("/").statusCode());
    }

    @Test
    void whileTheDatabaseIsReadOnlyAReportAnswers503WritesNothingAndReadsGoOn() throws Exception {
        int component = database.componentId("Elastic Cloud Server", "EU-NL");
        // No open incident on the component (another test may have opened one): the report must open
        // one, the very write a read-only database refuses.
        database.execute("UPDATE incident SET end_date = now() WHERE end_date IS NULL AND id IN"
                + " (SELECT incident_id FROM incident_component_relation WHERE component_id = " + component + ")");
        // Another component in an open incident of impact 2 (opened here, or by another test).
        HttpResponse<String> opened = report("Object Storage Service", "EU-DE", 2);
        assertTrue(opened.statusCode() == 201 || opened.statusCode() == 409, opened.body());
        String counts = "SELECT (SELECT COUNT(*) FROM incident) || '/' || (SELECT COUNT(*) FROM incident_component_relation)"
                + " || '/' || (SELECT COUNT(*) FROM incident_status)";
        Object before = database.value(counts);
        readOnly(true);
        try {
            // Reads first: they also replace the pool's connections, which the switch ended.
            HttpResponse<String> components = get("/api/v1/component_status");
            assertEquals(200, components.statusCode(), components.body());
            assertTrue(components.body().contains("Elastic Cloud Server"), components.body());
            assertEquals(200, get("/api/v1/incidents").statusCode());
            assertEquals(200, get("/").statusCode());

            HttpResponse<String> write = report("Elastic Cloud Server", "EU-NL", 2);
            assertEquals(503, write.statusCode(), write.body());
            assertEquals("10", write.headers().firstValue("Retry-After").orElse(""));
            assertTrue(write.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(Json.createReader(new StringReader(write.body())).readObject().getString("message")
                    .contains("database"), write.body());
            assertEquals(200, get("/api/v1/incidents").statusCode(), "reads go on after the refused write");
            // A repeat changes nothing, so it needs no write: answered as always.
            HttpResponse<String> repeat = report("Object Storage Service", "EU-DE", 1);
            assertEquals(409, repeat.statusCode(), repeat.body());
        } finally {
            readOnly(false);
        }
        assertEquals(before, database.value(counts), "no incident, component link or update half written");
        assertEquals(0L, ((Number) database.value("SELECT COUNT(*) FROM incident_component_relation r JOIN incident i"
                + " ON i.id = r.incident_id WHERE r.component_id = ? AND i.end_date IS NULL", component)).longValue());
        // Writable again: the same report is accepted once the pool has replaced its read-only sessions.
        long writable = System.nanoTime();
        HttpResponse<String> accepted = report("Elastic Cloud Server", "EU-NL", 2);
        while (accepted.statusCode() == 503 && System.nanoTime() - writable < Duration.ofSeconds(15).toNanos()) {
            Thread.sleep(250);
            accepted = report("Elastic Cloud Server", "EU-NL", 2);
        }
        assertEquals(201, accepted.statusCode(), accepted.body());
    }

    /**
     * PostgreSQL's {@code default_transaction_read_only} for every new session of the dashboard's
     * database, and its open sessions ended so that the pool's fresh ones get the setting (as after
     * a fail-over to a read-only replica).
     */
    private static void readOnly(boolean on) throws Exception {
        server.execute("ALTER DATABASE sdb_faults " + (on ? "SET default_transaction_read_only = on" : "RESET default_transaction_read_only"));
        server.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'sdb_faults'");
    }

    private static HttpResponse<String> report(String component, String region, int impact) throws Exception {
        String body = Json.createObjectBuilder().add("name", component).add("impact", impact)
                .add("attributes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "region").add("value", region)))
                .build().toString();
        return HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v1/component_status"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void postgreSql(String action) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", PG_INSTANCE.toString(), action).redirectErrorStream(true);
        builder.environment().putAll(pgEnvironment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("pg-instance.sh " + action + " failed: " + output);
        }
    }

    private static URI start(String databaseUri) throws Exception {
        int httpPort = freePort();
        int gridPort = freePort();
        Path directory = Files.createTempDirectory("sdb-database-faults");
        log = directory.resolve("instance.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Asia/Kolkata",
                "-jar", System.getProperty("it.bundle"),
                "--port", String.valueOf(httpPort),
                // A data grid of its own: never one with other dashboards running on this machine.
                "--clusterMode", "tcpip:127.0.0.1:" + gridPort, "--startport", String.valueOf(gridPort),
                "--clusterName", "sdb-database-faults-" + UUID.randomUUID())
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "SDB_DATABASE_URI", databaseUri,
                "SDB_SECRET_KEY", SECRET,
                "SDB_ADMIN_PASSWORD", "database-faults-it-admin"));
        dashboard = builder.start();
        URI address = URI.create("http://127.0.0.1:" + httpPort);
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!dashboard.isAlive()) {
                fail("dashboard exited:\n" + tail());
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(address.resolve("/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return address;
                }
            } catch (IOException notListeningYet) {
                // still booting
            }
            Thread.sleep(250);
        }
        fail("dashboard not ready within " + BOOT_TIMEOUT + ":\n" + tail());
        return address;
    }

    private static String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
