package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The maintenance clock in the deployed dashboard, with a pass every second: maintenances whose
 * window opens and closes during the test move to in progress and completed in the database by
 * themselves (no request in between), each edge written once, and the cached status page and API v1
 * show it at once. The probe for outside writes runs once an hour here, so only the clock's change
 * event can make the cached responses change.
 */
@ExtendWith(ArquillianExtension.class)
class MaintenanceClockIT {

    private static final String SECRET = "clock-it-secret";
    private static final String TOKEN = Tokens.hs256(SECRET, "{\"stackmon\":\"clock-it\"}");
    private static final TestDatabase DATABASE = new TestDatabase();
    /** Time for a pass after an edge: passes fall just after each second; the machine may be busy. */
    private static final Duration SETTLE = Duration.ofMillis(1800);

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of(
                "SDB_CATALOG_FILE", Deployments.testCatalog("api-catalog.yaml"),
                "SDB_SECRET_KEY", SECRET,
                "SDB_CHECKER_INTERVAL_S", "1",
                "SDB_CACHE_PROBE_INTERVAL_MS", "3600000"));
    }

    @Test
    void maintenancesMoveOnByThemselvesWhenTheirWindowsOpenAndCloseAndTheCachedReadsFollow() throws Exception {
        int storage = DATABASE.componentId("Object Storage Service", "EU-DE");
        int network = DATABASE.componentId("Virtual Private Cloud", "EU-DE");
        int database = DATABASE.componentId("Relational Database Service", "EU-DE");
        // Cached before the maintenances exist; written straight into the database, they stay
        // unseen until something tells the cache.
        for (String read : List.of("/?region=EU-DE", "/api/v1/incidents")) {
            get(read);
            assertEquals("hit", header(get(read), "X-Cache"), read);
        }

        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime start = now.plusSeconds(4);
        // Long enough for the reads below on a busy machine: they must happen inside the window.
        LocalDateTime end = start.plusSeconds(10);
        long planned = DATABASE.insertEvent("Storage firmware upgrade", 0, "maintenance", false, start, end, storage);
        announce(planned, "planned", now, "Maintenance is planned.");
        long cancelled = DATABASE.insertEvent("Network switch replacement", 0, "maintenance", false, start, end, network);
        announce(cancelled, "cancelled", now, "Postponed to next year");
        long original = DATABASE.insertEvent("Database patching", 0, "maintenance", false, start, end, database);
        DATABASE.insertUpdate(original, now, "Minor version upgrade", "description");
        long history = DATABASE.insertEvent("Last year's patching", 0, "maintenance", false, now.minusDays(400),
                now.minusDays(400).plusHours(2), database);
        long announcement = DATABASE.insertEvent("New region coming", 0, "info", false, start, end, storage);
        announce(announcement, "planned", now, "The informational notification is planned.");

        sleepUntil(start.plus(SETTLE));
        assertEquals("in progress", status(planned), "stored by the clock alone, no request in between");
        assertEquals(List.of(List.of("planned", now), List.of("in progress", start)), timeline(planned));
        assertEquals("in progress", status(original), "the Flask dashboard's row is taken over");
        assertEquals(List.of(List.of("description", now), List.of("in progress", start)), timeline(original));
        assertEquals("cancelled", status(cancelled));
        assertEquals(List.of(List.of("cancelled", now)), timeline(cancelled));
        assertEquals("planned", status(announcement), "an announcement keeps its status");
        assertEquals(List.of(List.of("planned", now), List.of("active", start)), timeline(announcement));

        String page = text(get("/?region=EU-DE"));
        assertTrue(page.contains("mb-3 maintenance\" data-event-id=\"" + planned + "\""), "in progress on the cached page");
        assertFalse(page.contains("data-event-id=\"" + cancelled + "\""), "a cancelled maintenance shows nowhere");
        JsonObject listed = incident(text(get("/api/v1/incidents")), planned);
        assertEquals("in progress", listed.getJsonArray("updates").getJsonObject(0).getString("status"),
                "API v1 lists the new entry first");
        assertEquals("Maintenance is in progress.", listed.getJsonArray("updates").getJsonObject(0).getString("text"));
        assertTrue(text(get("/incidents/" + planned)).contains("Maintenance is in progress."), "the event page's timeline");
        // Monitoring meets the stored status too (after the reads above: a report clears the cache
        // itself): the running maintenance holds its component, the cancelled one does not.
        assertEquals(planned, reportedEventId("Object Storage Service", 2));
        assertNotEquals(cancelled, reportedEventId("Virtual Private Cloud", 2));

        sleepUntil(end.plus(SETTLE).plusSeconds(2));
        assertEquals("completed", status(planned));
        assertEquals(List.of(List.of("planned", now), List.of("in progress", start), List.of("completed", end)),
                timeline(planned), "each edge once, though a pass ran every second");
        assertEquals("completed", status(original));
        assertEquals(List.of(List.of("description", now), List.of("in progress", start), List.of("completed", end)),
                timeline(original));
        assertEquals(List.of(List.of("cancelled", now)), timeline(cancelled));
        assertEquals("planned", status(announcement));
        assertEquals(List.of(List.of("planned", now), List.of("active", start), List.of("completed", end)),
                timeline(announcement));
        assertNull(status(history), "the original dashboard's past maintenance is history");
        assertEquals(List.of(), timeline(history));

        assertFalse(text(get("/?region=EU-DE")).contains("mb-3 maintenance\" data-event-id=\"" + planned + "\""));
        assertEquals("completed", incident(text(get("/api/v1/incidents")), planned).getJsonArray("updates")
                .getJsonObject(0).getString("status"));
    }

    /** The event's first timeline entry and stored status, as the dashboard or v3's API writes them. */
    private static void announce(long event, String status, LocalDateTime at, String text) throws SQLException {
        DATABASE.insertUpdate(event, at, text, status);
        DATABASE.execute("UPDATE incident SET status = '" + status + "' WHERE id = " + event);
    }

    private static String status(long event) throws SQLException {
        return (String) DATABASE.value("SELECT status FROM incident WHERE id = ?", event);
    }

    /** Status and time of each timeline entry, oldest first. */
    private static List<List<Object>> timeline(long event) throws SQLException {
        return DATABASE.rows("SELECT status, \"timestamp\" FROM incident_status WHERE incident_id = ?"
                        + " ORDER BY \"timestamp\", id", event).stream()
                .map(row -> List.<Object>of(row.get(0), ((Timestamp) row.get(1)).toLocalDateTime()))
                .toList();
    }

    private static JsonObject incident(String json, long id) {
        return Json.createReader(new StringReader(json)).readArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(event -> event.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("event " + id + " not listed"));
    }

    private long reportedEventId(String component, int impact) throws Exception {
        String body = Json.createObjectBuilder().add("name", component).add("impact", impact)
                .add("attributes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "region").add("value", "EU-DE")))
                .build().toString();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/component_status"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject().getJsonNumber("id").longValue();
    }

    private static void sleepUntil(LocalDateTime moment) throws InterruptedException {
        Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(ZoneOffset.UTC), moment).toMillis()));
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
