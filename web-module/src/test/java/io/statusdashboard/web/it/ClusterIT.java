package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.statusdashboard.web.subscription.internal.SubscribeLimits;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the bundle, as operators run them behind a reverse proxy: one PostgreSQL, one
 * Hazelcast data grid found through an explicit member list. A write through either instance is on
 * the other's cached reads within a second. The probe for outside writes is set to once an hour
 * here, so only the shared cache and its cluster-wide invalidation can make that happen. They also
 * share the outbox (each change reaches a webhook once) and the subscribe form's limits.
 */
class ClusterIT {

    /** {@code -Dit.cluster.database.uri=...} gives the cluster a database of its own. */
    private static final String DATABASE_URI = System.getProperty("it.cluster.database.uri",
            "postgresql://postgres@127.0.0.1:5432/sdb_cluster");
    private static final Pattern ANNOUNCED_PASSWORD = Pattern.compile("Operator login: admin / (\\S+)");
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final List<Process> INSTANCES = new ArrayList<>();
    private static final List<Path> LOGS = new ArrayList<>();
    private static final List<Path> DIRECTORIES = new ArrayList<>();
    /** Signed with the key the first instance generated (neither runs with SDB_SECRET_KEY). */
    private static String token;
    private static TestDatabase database;
    private static URI first;
    private static URI second;
    /** Two components of one region: each direction of the test opens an incident of its own. */
    private static List<List<Object>> components;
    private static String region;
    /** A port nothing listens on, for the instances' SMTP server. */
    private static int closedPort;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = new TestDatabase(DATABASE_URI);
        database.reset();
        closedPort = freePort();
        int gridPort = freePortPair();
        String members = "tcpip:127.0.0.1:" + gridPort + ",127.0.0.1:" + (gridPort + 1);
        String cluster = "sdb-cluster-it-" + UUID.randomUUID();
        // One after the other: the first migrates the schema and provisions the demo catalog.
        first = start("first", gridPort, members, cluster);
        second = start("second", gridPort + 1, members, cluster);
        token = Tokens.hs256(keptKey(0), "{\"stackmon\":\"cluster-it\"}");
        region = (String) database.value("SELECT MIN(value) FROM component_attribute WHERE name = 'region'");
        components = database.rows("SELECT c.name FROM component c JOIN component_attribute a"
                + " ON a.component_id = c.id AND a.name = 'region' AND a.value = ? ORDER BY c.id", region);
        // Fresh JVMs render their first pages slowly; the second is about the cache, not the JIT. A
        // parameter the pages do not read has them rendered every time (a made-up session cookie
        // would be served from the cache).
        for (URI instance : List.of(first, second)) {
            for (int i = 0; i < 20; i++) {
                get(instance, "/?region=" + region + "&warm-up");
                get(instance, "/api/v1/incidents?warm-up");
            }
        }
    }

    @AfterAll
    static void stopInstances() throws InterruptedException {
        for (Process instance : INSTANCES) {
            instance.destroy();
        }
        for (Process instance : INSTANCES) {
            if (!instance.waitFor(30, TimeUnit.SECONDS)) {
                instance.destroyForcibly();
            }
        }
    }

    @Test
    void theInstancesShareTheKeyAndThePasswordTheFirstGenerated() throws Exception {
        assertEquals(keptKey(0), keptKey(1), "the second instance's scripts mint tokens with the first's key");
        for (URI instance : List.of(first, second)) {
            assertEquals(400, report(instance, "no-such-component", 2).statusCode(), "the token is accepted by " + instance
                    + " (and the unknown component refused)");
        }
        String firstLog = Files.readString(LOGS.get(0));
        List<String> announced = ANNOUNCED_PASSWORD.matcher(firstLog).results().map(match -> match.group(1)).toList();
        assertEquals(1, announced.size(), "the first instance prints the password it generated, once:\n" + firstLog);
        String secondLog = Files.readString(LOGS.get(1));
        assertFalse(secondLog.contains("Operator login"), "the second generates none:\n" + secondLog);
        try (Browser browser = new Browser()) {
            HtmlPage operator = LocalLogin.submit(browser.open(second.toURL(), "/login?returnTo=/operator"),
                    "admin", announced.get(0));
            assertEquals("/operator", operator.getUrl().getPath(), "the second takes the first's password");
        }
    }

    @Test
    void theInstancesShareOneResponseCache() throws Exception {
        HttpResponse<String> rendered = get(first, "/availability");
        assertEquals(200, rendered.statusCode());
        HttpResponse<String> shared = get(second, "/availability");
        assertEquals("hit", shared.headers().firstValue("X-Cache").orElse(""),
                "what one instance rendered, the other serves from the data grid");
        assertEquals(rendered.body(), shared.body());
    }

    @Test
    void aWriteThroughOneInstanceIsOnTheOthersCachedReadsWithinASecond() throws Exception {
        for (URI[] pair : new URI[][] {{first, second}, {second, first}}) {
            URI writer = pair[0];
            URI reader = pair[1];
            String component = (String) components.get(writer == first ? 0 : 1).get(0);
            String page = "/?region=" + region;
            get(reader, page);
            get(reader, "/api/v1/incidents");
            assertEquals("hit", get(reader, page).headers().firstValue("X-Cache").orElse(""));

            int impact = writer == first ? 2 : 3;
            String before = get(reader, "/api/v1/incidents").body();
            HttpResponse<String> report = report(writer, component, impact);
            assertEquals(201, report.statusCode(), report.body());
            long id = Json.createReader(new StringReader(report.body())).readObject().getJsonNumber("id").longValue();
            long reported = System.nanoTime();
            assertFalse(listsIncident(before, id), "a new incident, not one the reader already showed");

            long seenAfterMillis = -1;
            while (System.nanoTime() - reported < Duration.ofSeconds(1).toNanos()) {
                if (get(reader, page).body().contains("/incidents/" + id + "\"")
                        && listsIncident(get(reader, "/api/v1/incidents").body(), id)) {
                    seenAfterMillis = (System.nanoTime() - reported) / 1_000_000;
                    break;
                }
                Thread.sleep(20);
            }
            assertTrue(seenAfterMillis >= 0, "incident " + id + " written through " + writer
                    + " not on " + reader + "'s cached page and API within a second");
            System.out.printf("Cluster: incident %d written through %s was on %s after %d ms%n",
                    id, writer, reader, seenAfterMillis);
        }
    }

    @Test
    void theMaintenanceClocksOfBothInstancesTakeTurnsAndWriteEachEdgeOnce() throws Exception {
        List<Integer> ids = database.rows("SELECT id FROM component ORDER BY id").stream()
                .map(row -> ((Number) row.get(0)).intValue()).toList();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime start = now.plusSeconds(3);
        LocalDateTime end = start.plusSeconds(3);
        List<Long> maintenances = new ArrayList<>();
        // Some whose window passed (both edges at the next shared pass), some opening and closing
        // during the test: every pass of both instances finds work to race for.
        for (int i = 0; i < 30; i++) {
            boolean passed = i % 3 == 0;
            long id = database.insertEvent("Clustered maintenance " + i, 0, "maintenance", false,
                    passed ? now.minusHours(2) : start, passed ? now.minusHours(1) : end, ids.get(i % ids.size()));
            database.insertUpdate(id, now.minusHours(3), "Maintenance is planned.", "planned");
            database.execute("UPDATE incident SET status = 'planned' WHERE id = " + id);
            maintenances.add(id);
        }
        Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(ZoneOffset.UTC), end).toMillis()) + 3000);

        for (long id : maintenances) {
            assertEquals("completed", database.value("SELECT status FROM incident WHERE id = ?", id), "event " + id);
            assertEquals(List.of(List.of("completed", 1L), List.of("in progress", 1L), List.of("planned", 1L)),
                    database.rows("SELECT status, COUNT(*) FROM incident_status WHERE incident_id = ?"
                                    + " GROUP BY status ORDER BY status", id).stream()
                            .map(row -> List.<Object>of(row.get(0), ((Number) row.get(1)).longValue())).toList(),
                    "each edge of event " + id + " written once");
        }
        for (Path log : LOGS) {
            String written = Files.readString(log);
            assertTrue(written.contains("Maintenance clock started: a pass every 1 s"), log + " runs the clock");
            assertFalse(written.contains("Maintenance clock pass rolled back"),
                    log + ": the passes took turns at the lock instead of colliding");
        }
    }

    /**
     * Both instances run a webhook sender against the one outbox. Reports go through both at once,
     * so both race to turn each change into deliveries and to send them: every delivery must reach
     * the receiver once, and no change may be turned into deliveries twice.
     */
    @Test
    void eachChangeReachesAWebhookOnceWhileBothInstancesSend() throws Exception {
        Set<Long> opened = new HashSet<>();
        try (WebhookReceiver receiver = WebhookReceiver.start(0)) {
            database.execute("INSERT INTO webhook_subscription (url, description, secret, created_at) VALUES ('"
                    + receiver.url() + "', 'cluster-it', 'cluster-it-secret', CURRENT_TIMESTAMP)");
            long subscription = ((Number) database.value("SELECT MAX(id) FROM webhook_subscription")).longValue();
            // Another region than the other tests' and another impact, so that no report of theirs lands in this
            // test's incident or the other way round.
            String followed = (String) database.value("SELECT MAX(value) FROM component_attribute WHERE name = 'region'");
            assertFalse(followed.equals(region), "the demo catalog has more than one region");
            database.execute("INSERT INTO webhook_subscription_target (subscription_id, region) VALUES ("
                    + subscription + ", '" + followed + "')");
            // Six of its components, one change each, half through each instance, in parallel.
            List<String> reported = database.rows("SELECT c.name FROM component c JOIN component_attribute a"
                    + " ON a.component_id = c.id AND a.name = 'region' AND a.value = ? ORDER BY c.id", followed)
                    .subList(0, 6).stream().map(row -> (String) row.get(0)).toList();
            ExecutorService writers = Executors.newFixedThreadPool(2);
            try {
                List<Future<HttpResponse<String>>> reports = new ArrayList<>();
                for (int i = 0; i < reported.size(); i++) {
                    URI instance = i % 2 == 0 ? first : second;
                    String component = reported.get(i);
                    reports.add(writers.submit(() -> report(instance, component, followed, 1)));
                }
                for (Future<HttpResponse<String>> report : reports) {
                    assertEquals(201, report.get().statusCode(), report.get().body());
                    opened.add(Json.createReader(new StringReader(report.get().body())).readObject()
                            .getJsonNumber("id").longValue());
                }
            } finally {
                writers.shutdown();
            }

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!allDelivered(subscription, reported.size())) {
                assertTrue(System.nanoTime() < deadline, "deliveries not all sent within 30 s: "
                        + database.rows("SELECT state, last_result FROM webhook_delivery WHERE subscription_id = ?",
                                subscription));
                Thread.sleep(250);
            }
            // Time for a second sender's copy to arrive, were there one.
            Thread.sleep(3000);

            List<String> stored = database.rows("SELECT delivery_key FROM webhook_delivery WHERE subscription_id = ?",
                    subscription).stream().map(row -> (String) row.get(0)).sorted().toList();
            assertEquals(stored, receiver.all().stream().map(request -> request.header("X-Webhook-Id")).sorted().toList(),
                    "each stored delivery reached the receiver once");
            // Each report on a component of no event changes one event: one change, one delivery.
            // A change turned into deliveries by both instances would show as a second one.
            assertEquals(reported.size(), stored.size(), "one delivery per change");
            assertEquals(0L, ((Number) database.value("SELECT COUNT(*) FROM webhook_change")).longValue(),
                    "every recorded change was expanded");
        } finally {
            // The maintenance clock's test moves events of this region too; it has no receiver.
            database.execute("DELETE FROM webhook_subscription WHERE description = 'cluster-it'");
            // System incidents are shared by impact across regions: the other tests' reports must
            // not join this one's.
            for (long id : opened) {
                database.execute("UPDATE incident SET end_date = CURRENT_TIMESTAMP WHERE id = " + id);
            }
        }
    }

    /**
     * What makes the race above safe, shown without racing: a sender keeps the changes it took
     * locked until its transaction commits, so the other instance's sender skips them. The test
     * holds the endpoint's row, which the sender's insert of a delivery waits for; meanwhile the
     * change the sender took must be locked. (On the managed executor's thread, a connection the
     * sender took in a {@code @Transactional} method alone ran in autocommit: the lock ended with
     * its SELECT, and both instances expanded the same change.)
     */
    @Test
    void aSenderKeepsTheChangesItTookLockedUntilItCommits() throws Exception {
        Long opened = null;
        try (WebhookReceiver receiver = WebhookReceiver.start(0);
                Connection endpointHolder = database.open();
                Connection observer = database.open()) {
            database.execute("INSERT INTO webhook_subscription (url, description, secret, created_at) VALUES ('"
                    + receiver.url() + "', 'cluster-it-lock', 'cluster-it-secret', CURRENT_TIMESTAMP)");
            long subscription = ((Number) database.value("SELECT MAX(id) FROM webhook_subscription")).longValue();
            String followed = (String) database.value(
                    "SELECT MAX(value) FROM component_attribute WHERE name = 'region'");
            database.execute("INSERT INTO webhook_subscription_target (subscription_id, region) VALUES ("
                    + subscription + ", '" + followed + "')");
            // Not one of the six the test above reports.
            String component = (String) database.rows("SELECT c.name FROM component c JOIN component_attribute a"
                    + " ON a.component_id = c.id AND a.name = 'region' AND a.value = ? ORDER BY c.id", followed)
                    .get(6).get(0);

            endpointHolder.setAutoCommit(false);
            try (PreparedStatement hold = endpointHolder.prepareStatement(
                    "SELECT id FROM webhook_subscription WHERE id = ? FOR UPDATE")) {
                hold.setLong(1, subscription);
                hold.executeQuery().close();
            }
            HttpResponse<String> report = report(first, component, followed, 1);
            assertEquals(201, report.statusCode(), report.body());
            opened = Json.createReader(new StringReader(report.body())).readObject().getJsonNumber("id").longValue();

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            String waitingInsert = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO webhook_delivery%'";
            while (((Number) database.value(waitingInsert)).longValue() == 0) {
                assertTrue(System.nanoTime() < deadline, "no sender came to insert the change's delivery within 30 s");
                Thread.sleep(100);
            }
            assertEquals(1L, ((Number) database.value("SELECT COUNT(*) FROM webhook_change")).longValue(),
                    "the change is recorded and not yet expanded");
            try (Statement free = observer.createStatement();
                    ResultSet rows = free.executeQuery("SELECT id FROM webhook_change FOR UPDATE SKIP LOCKED")) {
                assertFalse(rows.next(),
                        "the sender that took the change holds it while it waits, so no other can take it");
            }

            endpointHolder.rollback();
            while (!allDelivered(subscription, 1)) {
                assertTrue(System.nanoTime() < deadline, "the change's delivery not sent once released");
                Thread.sleep(250);
            }
            assertEquals(1L, ((Number) database.value("SELECT COUNT(*) FROM webhook_delivery WHERE subscription_id = ?",
                    subscription)).longValue(), "one delivery for the change");
        } finally {
            database.execute("DELETE FROM webhook_subscription WHERE description = 'cluster-it-lock'");
            if (opened != null) {
                database.execute("UPDATE incident SET end_date = CURRENT_TIMESTAMP WHERE id = " + opened);
            }
        }
    }

    /**
     * A maintenance clock pass records its changes for the webhooks in its own transaction, so the
     * record commits with the change or not at all. The test holds back inserts into the outbox: the
     * pass that opens a maintenance waits there, and the connection that waits must be the one
     * holding the pass's lock and its write of the event. (On the managed executor's thread, a
     * connection taken from the dashboard's {@code DataSource} in a {@code @Transactional} method
     * alone ran in autocommit: the record was written on a connection of its own and committed by
     * itself, before the change and even when the pass rolled back.)
     */
    @Test
    void aMaintenanceClockPassRecordsItsChangeInItsOwnTransaction() throws Exception {
        Long maintenance = null;
        try (WebhookReceiver receiver = WebhookReceiver.start(0);
                Connection outboxHolder = database.open()) {
            int component = ((Number) database.value("SELECT MAX(id) FROM component")).intValue();
            database.execute("INSERT INTO webhook_subscription (url, description, secret, created_at) VALUES ('"
                    + receiver.url() + "', 'cluster-it-clock', 'cluster-it-secret', CURRENT_TIMESTAMP)");
            long subscription = ((Number) database.value("SELECT MAX(id) FROM webhook_subscription")).longValue();
            database.execute("INSERT INTO webhook_subscription_target (subscription_id, component_id) VALUES ("
                    + subscription + ", " + component + ")");

            outboxHolder.setAutoCommit(false);
            try (Statement hold = outboxHolder.createStatement()) {
                // A sender's transaction on the outbox ends within a round; the test does not wait longer.
                hold.execute("SET LOCAL lock_timeout = '10s'");
                // Inserts wait for it; the senders' reads (FOR UPDATE SKIP LOCKED) do not.
                hold.execute("LOCK TABLE webhook_change IN SHARE MODE");
            }
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
            maintenance = database.insertEvent("Maintenance recorded by the clock", 0, "maintenance", false,
                    now.plusSeconds(3), now.plusHours(1), component);
            database.insertUpdate(maintenance, now.minusHours(1), "Maintenance is planned.", "planned");
            database.execute("UPDATE incident SET status = 'planned' WHERE id = " + maintenance);

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<List<Object>> recorders;
            while ((recorders = database.rows("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO webhook_change%'")).isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "no pass came to record the maintenance's start within 30 s");
                Thread.sleep(100);
            }
            assertEquals(1, recorders.size(), "the passes take turns, so one records at a time: " + recorders);
            List<Object> held = database.rows("SELECT relation::regclass::text FROM pg_locks WHERE pid = ?"
                    + " AND locktype = 'relation' AND granted ORDER BY 1", recorders.get(0).get(0)).stream()
                    .map(row -> row.get(0)).toList();
            assertTrue(held.containsAll(List.of("incident", "status_report_lock")),
                    "the change is recorded on the pass's connection, which holds the passes' lock and the event"
                            + " it moved; the recording one holds " + held);
            assertEquals("planned", database.value("SELECT status FROM incident WHERE id = ?", maintenance),
                    "the move is not committed before its record");

            outboxHolder.rollback();
            while (!allDelivered(subscription, 1)) {
                assertTrue(System.nanoTime() < deadline, "the change's delivery not sent once the outbox was released");
                Thread.sleep(250);
            }
            assertEquals("in progress", database.value("SELECT status FROM incident WHERE id = ?", maintenance));
            assertEquals(1L, ((Number) database.value("SELECT COUNT(*) FROM incident_status"
                    + " WHERE incident_id = ? AND status = 'in progress'", maintenance)).longValue(),
                    "the maintenance opened once");
            assertEquals(List.of(List.of(maintenance)), database.rows("SELECT event_id FROM webhook_delivery"
                    + " WHERE subscription_id = ?", subscription), "one change recorded, one delivery");
            assertEquals(1, receiver.count(), "and it reached the receiver once");
        } finally {
            database.execute("DELETE FROM webhook_subscription WHERE description = 'cluster-it-clock'");
            if (maintenance != null) {
                deleteEvent(maintenance);
            }
        }
    }

    /**
     * The subscribe form's limits are counted in the data grid: requests for one address spread
     * over both instances use up one allowance. (No mail server listens; the confirmations wait in
     * the outbox, which does not matter here.)
     */
    @Test
    void theSubscribeFormsLimitOfAnAddressHoldsAcrossTheInstances() throws Exception {
        String address = "limits-" + UUID.randomUUID() + "@example.com";
        for (int i = 0; i < SubscribeLimits.PER_ADDRESS; i++) {
            HtmlPage answer = subscribe(i % 2 == 0 ? first : second, address);
            assertEquals("/subscription/done", answer.getUrl().getPath(), "request " + (i + 1) + " accepted");
        }
        // The last accepted request went through the first instance, so the second saw one of them.
        HtmlPage refused = subscribe(second, address);
        HtmlElement error = refused.querySelector("#address-error");
        assertTrue(error != null && error.getTextContent().contains("Too many requests"), refused.asNormalizedText());
    }

    private static HtmlPage subscribe(URI instance, String address) throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(instance.toURL(), "/subscribe");
            HtmlForm form = page.getFormByName("subscribe");
            form.getInputByName("subscribe:address").setValue(address);
            page.<HtmlElement>querySelector("input[name=regions][value=" + region + "]").click();
            return form.getInputByName("subscribe:submit").click();
        }
    }

    /**
     * Deletes an event the maintenance clock may pass over, holding the passes' lock: no pass is then
     * between reading the event and writing it, which would fail the pass on a row gone.
     */
    private static void deleteEvent(long id) throws SQLException {
        try (Connection connection = database.open(); Statement delete = connection.createStatement()) {
            connection.setAutoCommit(false);
            delete.executeQuery("SELECT id FROM status_report_lock FOR UPDATE").close();
            delete.executeUpdate("DELETE FROM incident_status WHERE incident_id = " + id);
            delete.executeUpdate("DELETE FROM incident_component_relation WHERE incident_id = " + id);
            delete.executeUpdate("DELETE FROM incident WHERE id = " + id);
            connection.commit();
        }
    }

    /** Whether at least {@code changes} deliveries of the subscription exist and all were delivered. */
    private static boolean allDelivered(long subscription, int changes) throws Exception {
        List<List<Object>> states = database.rows("SELECT state FROM webhook_delivery WHERE subscription_id = ?",
                subscription);
        return states.size() >= changes && states.stream().allMatch(row -> "delivered".equals(row.get(0)))
                && ((Number) database.value("SELECT COUNT(*) FROM webhook_change")).longValue() == 0;
    }

    private static boolean listsIncident(String json, long id) {
        return Pattern.compile("\"id\":" + id + "[,}]").matcher(json).find();
    }

    private static HttpResponse<String> report(URI instance, String component, int impact) throws Exception {
        return report(instance, component, region, impact);
    }

    private static HttpResponse<String> report(URI instance, String component, String inRegion, int impact)
            throws Exception {
        String body = Json.createObjectBuilder().add("name", component).add("impact", impact)
                .add("attributes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "region").add("value", inRegion)))
                .build().toString();
        return HTTP.send(HttpRequest.newBuilder(instance.resolve("/api/v1/component_status"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI instance, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(instance.resolve(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI start(String name, int gridPort, String members, String cluster) throws Exception {
        int httpPort = freePort();
        Path directory = Files.createTempDirectory("sdb-cluster-" + name);
        DIRECTORIES.add(directory);
        Path log = directory.resolve("instance.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("it.bundle"),
                "--port", String.valueOf(httpPort),
                "--clusterMode", members, "--startport", String.valueOf(gridPort), "--clusterName", cluster)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "SDB_DATABASE_URI", DATABASE_URI,
                "SDB_CACHE_PROBE_INTERVAL_MS", "3600000",
                // The test's webhook receiver listens on loopback.
                "SDB_WEBHOOK_ALLOW_PRIVATE", "true",
                // Mail on, so the subscribe form is; nothing listens on the SMTP port.
                "SDB_PUBLIC_URL", "https://status.example.test",
                "SDB_SMTP_HOST", "127.0.0.1",
                "SDB_SMTP_PORT", String.valueOf(closedPort),
                "SDB_SMTP_FROM", "status@example.test",
                "SDB_SMTP_STARTTLS", "off",
                // Both instances pass at every whole second, so their maintenance clocks meet each time.
                "SDB_CHECKER_INTERVAL_S", "1"));
        Process process = builder.start();
        INSTANCES.add(process);
        LOGS.add(log);
        URI base = URI.create("http://127.0.0.1:" + httpPort);
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("instance " + name + " exited:\n" + tail(log));
            }
            try {
                if (get(base, "/health/ready").statusCode() == 200) {
                    return base;
                }
            } catch (IOException notListeningYet) {
                // still booting
            }
            Thread.sleep(250);
        }
        fail("instance " + name + " not ready within " + BOOT_TIMEOUT + ":\n" + tail(log));
        return base;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Two consecutive free ports: Hazelcast takes the start port and counts up from it. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IOException("no two consecutive free ports");
    }

    /** The copy of the generated API key an instance keeps in its working directory for the scripts. */
    private static String keptKey(int instance) throws IOException {
        return Files.readString(DIRECTORIES.get(instance).resolve("data/api-secret-key")).strip();
    }
}
