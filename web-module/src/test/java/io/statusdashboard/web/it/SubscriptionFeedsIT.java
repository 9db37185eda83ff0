package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/**
 * What programs and calendars subscribe to: the Statuspage-compatible JSON, Atom beside RSS, the
 * maintenance calendars and the badges, each with its media type, its shape, its 404 for an
 * unknown region or service, and a change visible on the next read although every one is cached.
 * Deployed with {@code SDB_PUBLIC_URL}, which every absolute link must name.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionFeedsIT {

    private static final String SECRET = "feeds-it-secret";
    private static final String TOKEN = Tokens.hs256(SECRET, "{\"stackmon\":\"feeds-it\"}");
    private static final String PUBLIC_URL = "https://status.example.test";
    private static final String ODD_NAME = "Object <Storage> & \"Service\"";
    private static final String ODD_NAME_IN_PATH = "Object%20%3CStorage%3E%20%26%20%22Service%22";
    private static final TestDatabase DATABASE = new TestDatabase();
    private static final List<String> STATUSPAGE_DOCUMENTS = List.of("summary.json", "status.json",
            "components.json", "incidents.json", "incidents/unresolved.json", "scheduled-maintenances.json",
            "scheduled-maintenances/upcoming.json", "scheduled-maintenances/active.json");

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of(
                "SDB_CATALOG_FILE", Deployments.testCatalog("catalog.yaml"),
                "SDB_SECRET_KEY", SECRET,
                "SDB_PUBLIC_URL", PUBLIC_URL));
    }

    /** Every test starts with nothing open; the cache notices such outside writes on every request here. */
    @BeforeEach
    void closeEverything() throws SQLException {
        DATABASE.execute("UPDATE incident SET end_date = TIMESTAMP '2000-01-01 00:00:00', start_date ="
                + " TIMESTAMP '1999-12-31 00:00:00' WHERE end_date IS NULL OR end_date > TIMESTAMP '2000-01-01 00:00:00'");
    }

    @Test
    void statuspageDocumentsShowGroupsIncidentsAndMaintenancesInStatuspagesShapes() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        int ecsDe = DATABASE.componentId("Elastic Cloud Server", "EU-DE");
        int vpcNl = DATABASE.componentId("Virtual Private Cloud", "EU-NL");
        int rdsNl = DATABASE.componentId("Relational Database Service", "EU-NL");
        long incident = DATABASE.insertEvent("ECS API errors", 2, "incident", false, now.minusHours(1), null, ecsDe);
        DATABASE.insertUpdate(incident, now.minusMinutes(30), "Looking into it", "fixing");
        long planned = DATABASE.insertEvent("Network works", 0, "maintenance", false, now.plusDays(1),
                now.plusDays(1).plusHours(2), vpcNl);
        long running = DATABASE.insertEvent("Database upgrade", 0, "maintenance", false, now.minusHours(1),
                now.plusHours(1), rdsNl);

        for (String document : STATUSPAGE_DOCUMENTS) {
            HttpResponse<String> response = get("/api/v2/" + document);
            assertEquals(200, response.statusCode(), document);
            assertTrue(header(response, "Content-Type").startsWith("application/json"), document);
            JsonObject page = json(response).getJsonObject("page");
            assertEquals(PUBLIC_URL + "/", page.getString("url"), document);
            assertEquals("Etc/UTC", page.getString("time_zone"), document);
            assertFalse(page.getString("id").isEmpty(), document);
        }

        JsonObject summary = json(get("/api/v2/summary.json"));
        assertEquals("major", summary.getJsonObject("status").getString("indicator"));
        JsonObject germany = component(summary, "region-EU-DE").orElseThrow();
        assertTrue(germany.getBoolean("group"));
        assertTrue(germany.getJsonArray("components").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(id -> id.getString().equals(String.valueOf(ecsDe))));
        JsonObject ecs = component(summary, String.valueOf(ecsDe)).orElseThrow();
        assertEquals("partial_outage", ecs.getString("status"));
        assertEquals("region-EU-DE", ecs.getString("group_id"));
        assertEquals("under_maintenance", component(summary, String.valueOf(rdsNl)).orElseThrow().getString("status"));
        JsonObject open = summary.getJsonArray("incidents").getJsonObject(0);
        assertEquals(String.valueOf(incident), open.getString("id"));
        assertEquals("ECS API errors", open.getString("name"));
        assertEquals("identified", open.getString("status"));
        assertEquals("major", open.getString("impact"));
        assertEquals(PUBLIC_URL + "/incidents/" + incident, open.getString("shortlink"));
        assertEquals("Looking into it", open.getJsonArray("incident_updates").getJsonObject(0).getString("body"));
        assertEquals(List.of(String.valueOf(planned), String.valueOf(running)), ids(summary, "scheduled_maintenances"),
                "newest start first");

        assertEquals("major", json(get("/api/v2/status.json")).getJsonObject("status").getString("indicator"));
        assertEquals(List.of(String.valueOf(incident)), ids(json(get("/api/v2/incidents/unresolved.json")), "incidents"));
        assertTrue(ids(json(get("/api/v2/incidents.json")), "incidents").contains(String.valueOf(incident)));
        assertEquals(List.of(String.valueOf(planned)),
                ids(json(get("/api/v2/scheduled-maintenances/upcoming.json")), "scheduled_maintenances"));
        assertEquals(List.of(String.valueOf(running)),
                ids(json(get("/api/v2/scheduled-maintenances/active.json")), "scheduled_maintenances"));
        JsonObject upcoming = json(get("/api/v2/scheduled-maintenances.json")).getJsonArray("scheduled_maintenances")
                .getValuesAs(JsonObject.class).stream()
                .filter(event -> event.getString("id").equals(String.valueOf(planned))).findFirst().orElseThrow();
        assertEquals("scheduled", upcoming.getString("status"));
        assertEquals("maintenance", upcoming.getString("impact"));
        assertTrue(component(json(get("/api/v2/components.json")), "region-EU-NL").isPresent());

        HttpResponse<String> unknown = get("/api/v2/nothing.json");
        assertEquals(404, unknown.statusCode());
        assertTrue(header(unknown, "Content-Type").startsWith("application/json"), unknown.body());
    }

    @Test
    void aReportShowsUpAtOnceInTheCachedJsonAndBadges() throws Exception {
        String autoScaling = String.valueOf(DATABASE.componentId("Auto Scaling", "EU-DE"));
        get("/api/v2/summary.json");
        HttpResponse<String> cached = get("/api/v2/summary.json");
        assertEquals("hit", header(cached, "X-Cache"));
        assertEquals("none", json(cached).getJsonObject("status").getString("indicator"));
        assertEquals("operational", component(json(cached), autoScaling).orElseThrow().getString("status"));
        get("/badge/EU-DE/Auto%20Scaling.svg");
        HttpResponse<String> badge = get("/badge/EU-DE/Auto%20Scaling.svg");
        assertEquals("hit", header(badge, "X-Cache"));
        assertEquals("operational", svgTexts(badge).get(1));

        assertEquals(201, report("Auto Scaling", 3).statusCode());

        JsonObject summary = json(get("/api/v2/summary.json"));
        assertEquals("critical", summary.getJsonObject("status").getString("indicator"));
        assertEquals("major_outage", component(summary, autoScaling).orElseThrow().getString("status"));
        assertEquals("major_outage", component(summary, "region-EU-DE").orElseThrow().getString("status"));
        assertEquals(List.of("Auto Scaling", "outage"), svgTexts(get("/badge/EU-DE/Auto%20Scaling.svg")));
        assertEquals(List.of("EU-DE", "outage"), svgTexts(get("/badge/EU-DE.svg")));
        assertEquals(List.of("EU-NL", "operational"), svgTexts(get("/badge/EU-NL.svg")));
    }

    @Test
    void badgesAreSvgWithTheirTextEscapedAndUnknownNamesAreNotFound() throws Exception {
        HttpResponse<String> badge = get("/badge/EU-DE/" + ODD_NAME_IN_PATH + ".svg");
        assertEquals(200, badge.statusCode());
        assertTrue(header(badge, "Content-Type").startsWith("image/svg+xml"), header(badge, "Content-Type"));
        assertEquals(List.of(ODD_NAME, "operational"), svgTexts(badge));
        assertTrue(badge.body().contains("Object &lt;Storage&gt; &amp; &quot;Service&quot;"));
        assertNotFound("/badge/MARS-1.svg");
        assertNotFound("/badge/EU-DE/Nothing%20Here.svg");
        assertNotFound("/badge/EU-NL/" + ODD_NAME_IN_PATH + ".svg");
        assertNotFound("/badge/EU-DE.png");
    }

    @Test
    void atomFeedsOfARegionAndOfAServiceBesideRss() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        int storage = DATABASE.componentId(ODD_NAME, "EU-DE");
        long incident = DATABASE.insertEvent("<i>Storage</i> slow", 1, "incident", false, now.minusHours(2), null,
                storage);
        DATABASE.insertUpdate(incident, now.minusHours(1), "Found <b>it</b>", "fixing");

        HttpResponse<String> region = get("/atom/EU-DE");
        assertEquals(200, region.statusCode());
        assertTrue(header(region, "Content-Type").startsWith("application/atom+xml"), header(region, "Content-Type"));
        Feed feed = atom(region);
        assertEquals(PUBLIC_URL + "/atom/EU-DE", feed.getId());
        Entry entry = feed.getEntries().get(0);
        assertEquals(PUBLIC_URL + "/incidents/" + incident, entry.getId());
        assertEquals("<i>Storage</i> slow", entry.getTitle());
        assertTrue(entry.getSummary().getValue().contains("Found &lt;b&gt;it&lt;/b&gt;"), entry.getSummary().getValue());

        Feed service = atom(get("/atom/EU-DE/" + ODD_NAME_IN_PATH));
        assertEquals(PUBLIC_URL + "/atom/EU-DE/" + ODD_NAME_IN_PATH, service.getId());
        assertEquals(PUBLIC_URL + "/incidents/" + incident, service.getEntries().get(0).getId());
        assertTrue(atom(get("/atom/EU-DE/Auto%20Scaling")).getEntries().stream()
                .noneMatch(other -> other.getId().endsWith("/incidents/" + incident)));

        HttpResponse<String> rss = get("/rss/?mt=EU-DE");
        assertEquals(200, rss.statusCode());
        assertTrue(header(rss, "Content-Type").startsWith("application/rss+xml"));
        assertTrue(rss.body().contains(PUBLIC_URL + "/incidents/" + incident), "RSS works as before");

        assertNotFound("/atom/MARS-1");
        assertNotFound("/atom/EU-DE/Nothing%20Here");
        assertNotFound("/atom/");
    }

    @Test
    void calendarsListMaintenanceWindowsAndACancelledWindowKeepsItsUid() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        int vpcDe = DATABASE.componentId("Virtual Private Cloud", "EU-DE");
        long window = DATABASE.insertEvent("Router replacement", 0, "maintenance", false, now.plusDays(2),
                now.plusDays(2).plusHours(3), vpcDe);
        DATABASE.insertUpdate(window, now.minusMinutes(5), "Maintenance is planned.", "planned");
        String uid = "maintenance-" + window + "@status.example.test";

        HttpResponse<String> region = get("/calendar/EU-DE.ics");
        assertEquals(200, region.statusCode());
        assertTrue(header(region, "Content-Type").startsWith("text/calendar"), header(region, "Content-Type"));
        VEvent planned = calendarEvent(region, uid).orElseThrow();
        assertEquals("CONFIRMED", planned.getStatus().getValue());
        assertEquals("Router replacement", planned.getSummary().getValue());
        assertEquals(java.util.Date.from(now.plusDays(2).toInstant(ZoneOffset.UTC)), planned.getDateStart().getValue());
        assertTrue(region.body().contains("DTSTART:" + now.plusDays(2).format(
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"))), "UTC");
        assertEquals(PUBLIC_URL + "/incidents/" + window, planned.getUrl().getValue());
        assertTrue(calendarEvent(get("/calendar/EU-DE/Virtual%20Private%20Cloud.ics"), uid).isPresent());
        assertTrue(calendarEvent(get("/calendar/EU-NL.ics"), uid).isEmpty(), "another region's calendar");

        DATABASE.execute("UPDATE incident SET status = 'cancelled' WHERE id = " + window);
        DATABASE.insertUpdate(window, now.minusMinutes(1), "Not needed after all", "cancelled");
        VEvent cancelled = calendarEvent(get("/calendar/EU-DE.ics"), uid).orElseThrow();
        assertEquals("CANCELLED", cancelled.getStatus().getValue());
        assertTrue(cancelled.getSequence().getValue() > planned.getSequence().getValue());

        assertNotFound("/calendar/MARS-1.ics");
        assertNotFound("/calendar/EU-DE/Nothing%20Here.ics");
        assertNotFound("/calendar/EU-DE");
    }

    private void assertNotFound(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(404, response.statusCode(), path);
        assertTrue(header(response, "Content-Type").startsWith("text/plain"), path + ": " + header(response,
                "Content-Type"));
    }

    private static Optional<JsonObject> component(JsonObject document, String id) {
        return document.getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .filter(component -> component.getString("id").equals(id)).findFirst();
    }

    private static List<String> ids(JsonObject document, String key) {
        return document.getJsonArray(key).getValuesAs(JsonObject.class).stream()
                .map(event -> event.getString("id")).toList();
    }

    private static Optional<VEvent> calendarEvent(HttpResponse<String> response, String uid) {
        assertEquals(200, response.statusCode());
        ICalendar calendar = Biweekly.parse(response.body()).first();
        return calendar.getEvents().stream().filter(event -> event.getUid().getValue().equals(uid)).findFirst();
    }

    private static Feed atom(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode());
        return (Feed) new WireFeedInput().build(new StringReader(response.body()));
    }

    private static List<String> svgTexts(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode());
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        var texts = svg.getElementsByTagName("text");
        return List.of(texts.item(0).getTextContent(), texts.item(1).getTextContent());
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> report(String component, int impact) throws Exception {
        String body = Json.createObjectBuilder().add("name", component).add("impact", impact)
                .add("attributes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "region").add("value", "EU-DE")))
                .build().toString();
        return http.send(HttpRequest.newBuilder(uri("/api/v1/component_status"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
