package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API v2's reads over HTTP as status-dashboard-v3's clients meet them: the exact JSON, every
 * filter and its refusals, pages and the empty answer, the deprecated aliases, availability,
 * errors, CORS, the OpenAPI document and the response cache. The events are written straight into
 * the database, as v3 and the Flask dashboard left them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiV2ReadIT {

    private static final TestDatabase DATABASE = new TestDatabase();
    private static final String FILTER_INVALID = "{\"errMsg\":\"filter query parameter has an invalid format or value\"}";
    /** Closed minor incidents of the database service, for the pages. */
    private static final int BULK = 23;

    private static LocalDateTime now;
    private static int ecsDe;
    private static int ecsNl;
    private static int autoScaling;
    private static int storage;
    private static int vpcDe;
    private static int vpcNl;
    private static int database;
    private static int probe;
    private static long closedOutage;
    private static long openIncident;
    private static long maintenanceInProgress;
    private static long plannedMaintenance;
    private static long v1Incident;
    private static long v1Maintenance;
    private static long deleted;
    private static long info;
    private static long completedInWindow;
    private static long v1CompletedInWindow;
    private static long precise;

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of("SDB_CATALOG_FILE", Deployments.testCatalog("catalog.yaml")));
    }

    /** The events every test reads, written once the dashboard has made its tables. */
    @BeforeEach
    void writeEventsOnce() throws SQLException {
        if (now != null) {
            return;
        }
        LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        ecsDe = DATABASE.componentId("Elastic Cloud Server", "EU-DE");
        ecsNl = DATABASE.componentId("Elastic Cloud Server", "EU-NL");
        autoScaling = DATABASE.componentId("Auto Scaling", "EU-DE");
        storage = DATABASE.componentId("Object <Storage> & \"Service\"", "EU-DE");
        vpcDe = DATABASE.componentId("Virtual Private Cloud", "EU-DE");
        vpcNl = DATABASE.componentId("Virtual Private Cloud", "EU-NL");
        database = DATABASE.componentId("Relational Database Service", "EU-NL");
        probe = DATABASE.componentId("Status Probe", "EU-NL");

        LocalDateTime lastMonth = YearMonth.from(at).minusMonths(1).atDay(1).atTime(10, 0);
        closedOutage = event("Storage outage", 3, "incident", false, lastMonth, lastMonth.plusMinutes(150), "resolved",
                "Root cause: a full disk", ecsDe);
        DATABASE.insertUpdate(closedOutage, lastMonth.plusMinutes(5), "We are looking into it", "analysing");
        DATABASE.insertUpdate(closedOutage, lastMonth.plusMinutes(150), "Fixed", "resolved");

        openIncident = event("Compute API errors", 2, "incident", false, at.minusHours(2), null, "analysing", null,
                ecsNl, ecsDe);
        DATABASE.insertUpdate(openIncident, at.minusHours(2), "The incident is detected.", "detected");
        DATABASE.insertUpdate(openIncident, at.minusMinutes(30), "Looking", "analysing");
        DATABASE.insertUpdate(openIncident, at.minusMinutes(60), "moved from <a href='/incidents/1'>x</a>", "SYSTEM");

        maintenanceInProgress = event("Network upgrade", 0, "maintenance", false, at.minusHours(1), at.plusHours(1),
                "in progress", "New routers", vpcDe);
        plannedMaintenance = event("Network upgrade NL", 0, "maintenance", false, at.plusDays(1),
                at.plusDays(1).plusHours(2), "planned", null, vpcNl);

        // As the Flask dashboard left them: no status column, its spelling, a description row.
        v1Incident = event("Storage slow", 1, "incident", true, LocalDateTime.of(2024, 3, 1, 10, 0),
                LocalDateTime.of(2024, 3, 1, 12, 30), null, null, storage);
        DATABASE.insertUpdate(v1Incident, LocalDateTime.of(2024, 3, 1, 10, 5), "Looking", "analyzing");
        DATABASE.insertUpdate(v1Incident, LocalDateTime.of(2024, 3, 1, 11, 0), "Fixing it", "fixing");
        DATABASE.insertUpdate(v1Incident, LocalDateTime.of(2024, 3, 1, 11, 30), "A note", "SYSTEM");
        v1Maintenance = event("Database upgrade", 0, "maintenance", false, LocalDateTime.of(2099, 6, 1, 22, 0),
                LocalDateTime.of(2099, 6, 2, 2, 0), null, null, database);
        DATABASE.insertUpdate(v1Maintenance, LocalDateTime.of(2099, 5, 1, 0, 0), "Firmware upgrade", "description");

        deleted = event("Deleted by mistake", 3, "incident", false, at.minusDays(3), at.minusDays(2), "resolved", null,
                probe);
        DATABASE.execute("UPDATE incident SET deleted_at = TIMESTAMP '2025-05-02 10:05:00' WHERE id = " + deleted);
        info = event("New region coming", 0, "info", false, at.minusDays(1), null, "active", null, autoScaling);
        completedInWindow = event("Finished early", 0, "maintenance", false, at.minusHours(2), at.plusHours(2),
                "completed", null, vpcDe);
        v1CompletedInWindow = event("Finished early, v1", 0, "maintenance", false, at.minusHours(3), at.plusHours(3),
                null, null, vpcNl);
        DATABASE.insertUpdate(v1CompletedInWindow, at.minusHours(3), "Started", "in progress");
        DATABASE.insertUpdate(v1CompletedInWindow, at.minusHours(1), "Done", "completed");
        precise = event("Precise times", 1, "incident", false, LocalDateTime.of(2025, 5, 22, 10, 12, 42, 559_346_000),
                LocalDateTime.of(2025, 5, 22, 11, 12, 42), "resolved", "", autoScaling);
        DATABASE.insertUpdate(precise, LocalDateTime.of(2025, 5, 22, 10, 12, 5, 330_000_000), "Fast", "resolved");

        for (int i = 0; i < BULK; i++) {
            LocalDateTime start = LocalDateTime.of(2023, 1, 1, 8, 0).plusDays(i);
            event("Database hiccup " + i, 1, "incident", true, start, start.plusHours(1), "resolved", null, database);
        }
        now = at;
    }

    // --- components ------------------------------------------------------------------------------

    @Test
    void componentsAreListedByIdWithTheirAttributesInStoredOrder() throws Exception {
        HttpResponse<String> one = get("/v2/components/" + ecsDe);
        assertEquals(200, one.statusCode());
        assertEquals("application/json;charset=utf-8", one.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", "").toLowerCase());
        String attributes = DATABASE.rows("SELECT name, value FROM component_attribute WHERE component_id = ? ORDER BY id",
                ecsDe).stream().map(row -> "{\"name\":\"" + row.get(0) + "\",\"value\":\"" + row.get(1) + "\"}")
                .collect(Collectors.joining(","));
        assertEquals("{\"id\":" + ecsDe + ",\"name\":\"Elastic Cloud Server\",\"attributes\":[" + attributes + "]}",
                one.body(), "attributes in the order they were stored");
        JsonArray all = json(get("/v2/components")).asJsonArray();
        assertEquals(8, all.size());
        List<Integer> ids = all.stream().map(component -> component.asJsonObject().getInt("id")).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "by id");
        assertEquals(Json.createReader(new StringReader(one.body())).readObject(), all.get(ids.indexOf(ecsDe)));
        assertEquals("Object <Storage> & \"Service\"", all.get(ids.indexOf(storage)).asJsonObject().getString("name"));
    }

    @Test
    void badOrUnknownComponentIdsAreRefusedWithV3sTexts() throws Exception {
        for (String id : List.of("0", "-1", "abc", "1.5", "99999999999999999999")) {
            assertError(400, "{\"errMsg\":\"component invalid format\"}", get("/v2/components/" + id));
        }
        assertError(404, "{\"errMsg\":\"component does not exist\"}", get("/v2/components/99999"));
    }

    // --- one event -----------------------------------------------------------------------------

    @Test
    void anEventIsServedExactlyAsV3WritesIt() throws Exception {
        String expected = "{\"id\":" + closedOutage + ",\"title\":\"Storage outage\",\"description\":\"Root cause: a full"
                + " disk\",\"impact\":3,\"components\":[" + ecsDe + "],\"start_date\":\"" + time(closedStart()) + "\","
                + "\"end_date\":\"" + time(closedStart().plusMinutes(150)) + "\",\"system\":false,\"type\":\"incident\","
                + "\"updates\":[{\"id\":0,\"status\":\"analysing\",\"text\":\"We are looking into it\",\"timestamp\":\""
                + time(closedStart().plusMinutes(5)) + "\"},{\"id\":1,\"status\":\"resolved\",\"text\":\"Fixed\","
                + "\"timestamp\":\"" + time(closedStart().plusMinutes(150)) + "\"}],\"status\":\"resolved\"}";
        assertEquals(expected, get("/v2/events/" + closedOutage).body());
        assertEquals(expected, get("/v2/incidents/" + closedOutage).body(), "the deprecated alias");

        assertEquals("{\"id\":" + precise + ",\"title\":\"Precise times\",\"impact\":1,\"components\":[" + autoScaling
                + "],\"start_date\":\"2025-05-22T10:12:42.559346Z\",\"end_date\":\"2025-05-22T11:12:42Z\",\"system\":false,"
                + "\"type\":\"incident\",\"updates\":[{\"id\":0,\"status\":\"resolved\",\"text\":\"Fast\","
                + "\"timestamp\":\"2025-05-22T10:12:05.33Z\"}],\"status\":\"resolved\"}",
                get("/v2/events/" + precise).body(), "fractions trimmed as Go prints them, an empty description left out");
    }

    @Test
    void anOpenEventHasNoEndDateKeyItsComponentsSortedAndItsUpdatesInTheOrderWritten() throws Exception {
        JsonObject event = json(get("/v2/events/" + openIncident)).asJsonObject();
        assertEquals(List.of("id", "title", "impact", "components", "start_date", "system", "type", "updates", "status"),
                List.copyOf(event.keySet()));
        assertEquals(List.of(Math.min(ecsDe, ecsNl), Math.max(ecsDe, ecsNl)), ints(event.getJsonArray("components")));
        assertEquals(List.of("detected", "analysing", "SYSTEM"), event.getJsonArray("updates").stream()
                .map(update -> update.asJsonObject().getString("status")).toList(), "by insertion, not by time");
        assertEquals(List.of(0, 1, 2), event.getJsonArray("updates").stream()
                .map(update -> update.asJsonObject().getInt("id")).toList(), "positions, not database ids");
        assertEquals("analysing", event.getString("status"));
    }

    @Test
    void rowsTheFlaskDashboardWritesBesideUsMapAsV3WouldServeThem() throws Exception {
        JsonObject incident = json(get("/v2/events/" + v1Incident)).asJsonObject();
        assertNull(incident.get("status"), "no status stored (rows adopted at start-up get theirs from a migration)");
        assertEquals("analyzing", incident.getJsonArray("updates").getJsonObject(0).getString("status"), "as stored");
        assertTrue(incident.getBoolean("system"));
        assertEquals("{\"id\":" + v1Maintenance + ",\"title\":\"Database upgrade\",\"description\":\"Firmware upgrade\","
                + "\"impact\":0,\"components\":[" + database + "],\"start_date\":\"2099-06-01T22:00:00Z\","
                + "\"end_date\":\"2099-06-02T02:00:00Z\",\"system\":false,\"type\":\"maintenance\"}",
                get("/v2/events/" + v1Maintenance).body(), "the description row is the description, not an update");
    }

    @Test
    void badUnknownAndDeletedEventIdsAreRefusedWithV3sTexts() throws Exception {
        assertError(400, "{\"errMsg\":\"Key: 'IncidentID.ID' Error:Field validation for 'ID' failed on the 'required'"
                + " tag\"}", get("/v2/events/0"));
        assertError(400, "{\"errMsg\":\"Key: 'IncidentID.ID' Error:Field validation for 'ID' failed on the 'gte'"
                + " tag\"}", get("/v2/incidents/-4"));
        assertError(400, "{\"errMsg\":\"strconv.ParseInt: parsing \\\"abc\\\": invalid syntax\"}", get("/v2/events/abc"));
        for (String id : List.of("99999", "99999999999", String.valueOf(deleted))) {
            assertError(404, "{\"errMsg\":\"event does not exist\"}", get("/v2/events/" + id));
        }
    }

    // --- lists ---------------------------------------------------------------------------------

    @Test
    void everyFilterSelectsInTheDatabase() throws Exception {
        assertEquals(Set.of(maintenanceInProgress, plannedMaintenance, v1Maintenance, completedInWindow,
                v1CompletedInWindow), ids("type=maintenance"));
        assertEquals(Set.of(info), ids("type=info"));
        assertEquals(Set.of(openIncident, maintenanceInProgress, info, v1CompletedInWindow), ids("active=true"),
                "open, or inside the window and not finished (an event without status is not)");
        assertEquals(Set.of(maintenanceInProgress), ids("status=in%20progress"));
        assertEquals(Set.of(), ids("status=fixing"), "the current status is the stored one");
        assertEquals(Set.of(completedInWindow), ids("status=completed"));
        assertEquals(Set.of(closedOutage), ids("impact=3"), "the deleted outage is never listed");
        assertEquals(Set.of(closedOutage, openIncident), ids("components=" + ecsDe));
        assertEquals(Set.of(closedOutage, openIncident), ids("components=" + ecsDe + "," + ecsNl), "each event once");
        assertEquals(Set.of(openIncident), ids("components=" + ecsNl + "&active=true&type=incident&system=false"));
        assertEquals(Set.of(v1Incident, precise), ids("start_date=2024-01-01T00:00:00Z&end_date=2025-06-01T00:00:00Z"));
        assertEquals(Set.of(v1Incident), ids("start_date=2024-03-01T11:00:00%2B01:00&end_date=2024-03-01T13:30:00%2B01:00"),
                "offsets are converted to UTC");
        assertEquals(Set.of(), ids("end_date=2020-01-01T00:00:00Z&components=" + ecsNl), "open events never match");
        assertTrue(ids("system=true").containsAll(Set.of(v1Incident)));
        assertFalse(ids("system=true").contains(openIncident));
        assertEquals(BULK + 1, ids("components=" + database).size());
    }

    @Test
    void pagesFollowV3sEnvelopeAndAnEmptyResultIsOnlyData() throws Exception {
        String query = "/v2/events?components=" + database + "&limit=10";
        JsonObject first = json(get(query)).asJsonObject();
        assertEquals(Json.createObjectBuilder().add("pageIndex", 1).add("recordsPerPage", 10)
                .add("totalRecords", BULK + 1).add("totalPages", 3).build(), first.getJsonObject("pagination"));
        assertEquals(List.of("data", "pagination"), List.copyOf(first.keySet()));
        List<String> starts = first.getJsonArray("data").stream()
                .map(event -> event.asJsonObject().getString("start_date")).toList();
        assertEquals(10, starts.size());
        assertEquals(starts.stream().sorted((a, b) -> b.compareTo(a)).toList(), starts, "newest start first");
        assertEquals(v1Maintenance, first.getJsonArray("data").getJsonObject(0).getJsonNumber("id").longValue());

        JsonObject last = json(get(query + "&page=3")).asJsonObject();
        assertEquals(BULK + 1 - 20, last.getJsonArray("data").size());
        assertEquals("Database hiccup 0", last.getJsonArray("data").getJsonObject(last.getJsonArray("data").size() - 1)
                .getString("title"));
        assertEquals("{\"data\":[],\"pagination\":{\"pageIndex\":7,\"recordsPerPage\":10,\"totalRecords\":" + (BULK + 1)
                + ",\"totalPages\":3}}", get(query + "&page=7").body(), "past the end: no data, the pagination");
        assertEquals(BULK + 1 - 20, json(get("/v2/events?components=" + database + "&limit=20&page=2")).asJsonObject()
                .getJsonArray("data").size());
        assertEquals(24, json(get("/v2/events?components=" + database)).asJsonObject().getJsonObject("pagination")
                .getInt("totalRecords"));
        assertEquals(50, json(get("/v2/events")).asJsonObject().getJsonObject("pagination").getInt("recordsPerPage"),
                "50 by default");

        assertEquals("{\"data\":[]}", get("/v2/events?components=" + database + "&impact=3").body());
        assertEquals("{\"data\":[]}", get("/v2/events?components=" + database + "&impact=3&page=4").body());
    }

    @Test
    void theIncidentsAliasListsEverythingWithoutPages() throws Exception {
        JsonObject all = json(get("/v2/incidents?components=" + database + "&limit=10&page=2")).asJsonObject();
        assertEquals(List.of("data"), List.copyOf(all.keySet()));
        assertEquals(BULK + 1, all.getJsonArray("data").size(), "limit and page change nothing");
        assertEquals(json(get("/v2/events/" + closedOutage)), json(get("/v2/incidents?impact=3")).asJsonObject()
                .getJsonArray("data").get(0), "the same events as /v2/events");
        assertEquals("{\"data\":[]}", get("/v2/incidents?components=" + probe).body());
        assertError(400, FILTER_INVALID, get("/v2/incidents?page=0"));
        assertError(400, FILTER_INVALID, get("/v2/incidents?limit=many"));
        assertEquals(200, get("/v2/incidents?limit=7").statusCode(), "any number: the alias has no pages");
    }

    @Test
    void anyBadFilterIsA400WithV3sText() throws Exception {
        for (String query : List.of("type=outage", "active=false", "active=no", "status=active", "status=analyzing",
                "start_date=2025-01-01", "end_date=2025-01-01T00:00:00Z&start_date=2025-02-01T00:00:00Z", "impact=4",
                "impact=x", "system=maybe", "components=0", "components=2049", "components=1,x", "page=0", "limit=25",
                "limit=")) {
            assertError(400, FILTER_INVALID, get("/v2/events?" + query));
        }
        assertEquals(200, get("/v2/events?unknown=1").statusCode(), "unknown parameters are ignored");
    }

    // --- availability --------------------------------------------------------------------------

    @Test
    void availabilityHasTwelveMonthsNewestFirstCountingClosedOutagesOnly() throws Exception {
        JsonObject body = json(get("/v2/availability")).asJsonObject();
        Map<Integer, JsonObject> byId = body.getJsonArray("data").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(component -> component.getInt("id"), component -> component));
        assertEquals(8, byId.size());

        JsonObject outaged = byId.get(ecsDe);
        assertEquals(List.of("id", "name", "availability", "region"), List.copyOf(outaged.keySet()));
        assertEquals("EU-DE", outaged.getString("region"));
        JsonArray months = outaged.getJsonArray("availability");
        assertEquals(12, months.size());
        YearMonth current = YearMonth.from(now);
        for (int i = 0; i < 12; i++) {
            YearMonth month = current.minusMonths(i);
            JsonObject entry = months.getJsonObject(i);
            assertEquals(month.getYear(), entry.getInt("year"));
            assertEquals(month.getMonthValue(), entry.getInt("month"));
        }
        YearMonth previous = current.minusMonths(1);
        long hours = previous.lengthOfMonth() * 24L;
        BigDecimal expected = BigDecimal.valueOf(hours * 100 - 250).divide(BigDecimal.valueOf(hours), 5,
                RoundingMode.HALF_UP);
        assertEquals(expected.stripTrailingZeros(), months.getJsonObject(1).getJsonNumber("percentage").bigDecimalValue()
                .stripTrailingZeros(), "2.5 hours of last month's");
        assertTrue(months.getJsonObject(0).toString().endsWith("\"percentage\":100}"), "100, as Go prints it");

        assertEquals(JsonValue.NULL, byId.get(probe).get("availability"), "its only event was deleted");
        assertTrue(byId.get(ecsNl).getJsonArray("availability").stream()
                .allMatch(month -> month.asJsonObject().getInt("percentage") == 100), "an open incident does not count");
        assertTrue(byId.get(vpcDe).getJsonArray("availability").stream()
                .allMatch(month -> month.asJsonObject().getInt("percentage") == 100), "maintenances do not count");
        String probeEntry = byId.get(probe).toString();
        assertEquals("{\"id\":" + probe + ",\"name\":\"Status Probe\",\"availability\":null,\"region\":\"EU-NL\"}", probeEntry);
    }

    // --- protocol ------------------------------------------------------------------------------

    @Test
    void unknownRoutesAndMethodsArePageNotFoundAndApiV1KeepsItsOwnErrors() throws Exception {
        String notFound = "{\"errMsg\":\"page not found\"}";
        assertError(404, notFound, get("/v2/nothing"));
        assertError(404, notFound, get("/v2/events/1/updates"));
        assertError(404, notFound, send("DELETE", "/v2/events/" + closedOutage));
        assertError(404, notFound, send("PUT", "/v2/components/" + ecsDe));
        assertError(404, notFound, send("POST", "/v2/availability"));

        assertEquals(200, get("/api/v1/incidents").statusCode());
        HttpResponse<String> v1Missing = get("/api/v1/nothing");
        assertEquals(404, v1Missing.statusCode());
        assertTrue(json(v1Missing).asJsonObject().containsKey("message"), "API v1 errors stay {\"message\"}");
        assertError(404, notFound, get("/v2/v1/component_status"));
        assertEquals(404, get("/api/v2/events").statusCode(), "v2 lives under /v2 only");
    }

    @Test
    void everyAnswerCarriesV3sCorsHeadersAndOptionsIsAnEmpty204() throws Exception {
        HttpResponse<String> preflight = send("OPTIONS", "/v2/events/" + closedOutage);
        assertEquals(204, preflight.statusCode());
        assertEquals("", preflight.body());
        List<HttpResponse<String>> answers = new ArrayList<>(List.of(preflight, send("OPTIONS", "/v2/unknown"),
                get("/v2/components"), get("/v2/events?limit=3"), get("/v2/events/0"), get("/v2/nothing")));
        get("/v2/availability");
        HttpResponse<String> hit = get("/v2/availability");
        assertEquals("hit", hit.headers().firstValue("X-Cache").orElse(""), "cached answers too");
        answers.add(hit);
        for (HttpResponse<String> answer : answers) {
            assertEquals("*", header(answer, "Access-Control-Allow-Origin"), answer.uri().toString());
            assertEquals("true", header(answer, "Access-Control-Allow-Credentials"));
            assertEquals("POST, OPTIONS, GET, PUT, PATCH", header(answer, "Access-Control-Allow-Methods"));
            assertEquals("Content-Type, Content-Length, Accept-Encoding, X-CSRF-Token, Authorization, accept, origin,"
                    + " Cache-Control, X-Requested-With", header(answer, "Access-Control-Allow-Headers"));
        }
        assertTrue(get("/api/v1/incidents").headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                "API v1 answers as the original did");
    }

    @Test
    void theOpenApiDocumentDescribesEveryV2ReadWithItsSchemas() throws Exception {
        JsonObject document = json(send("GET", "/openapi", "Accept", "application/json")).asJsonObject();
        JsonObject paths = document.getJsonObject("paths");
        for (String path : List.of("/v2/components", "/v2/components/{id}", "/v2/events", "/v2/events/{id}",
                "/v2/incidents", "/v2/incidents/{id}", "/v2/availability", "/api/v1/component_status")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        Set<String> parameters = paths.getJsonObject("/v2/events").getJsonObject("get").getJsonArray("parameters")
                .stream().map(parameter -> parameter.asJsonObject().getString("name")).collect(Collectors.toSet());
        assertEquals(Set.of("type", "active", "status", "start_date", "end_date", "impact", "system", "components",
                "page", "limit"), parameters);
        // The deprecated alias: every operation says so, under the ids its own methods used to give it.
        paths.forEach((path, item) -> {
            if (path.equals("/v2/incidents") || path.startsWith("/v2/incidents/")) {
                item.asJsonObject().forEach((method, operation) -> {
                    if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                        assertTrue(operation.asJsonObject().getBoolean("deprecated", false), method + " " + path);
                    }
                });
            }
        });
        assertEquals("incident", paths.getJsonObject("/v2/incidents/{id}").getJsonObject("get").getString("operationId"));
        assertEquals("createIncident", paths.getJsonObject("/v2/incidents").getJsonObject("post").getString("operationId"));
        assertEquals("editIncidentUpdate", paths.getJsonObject("/v2/incidents/{id}/updates/{n}").getJsonObject("patch")
                .getString("operationId"));
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        // creator, contact_email and version are answered to authenticated readers only.
        assertEquals(Set.of("id", "title", "description", "impact", "components", "start_date", "end_date", "system",
                "type", "updates", "status", "creator", "contact_email", "version"), schemas.getJsonObject("V2Event").getJsonObject("properties").keySet());
        assertEquals(Set.of("data", "pagination"), schemas.getJsonObject("V2EventList").getJsonObject("properties").keySet());
        assertEquals(Set.of("id", "status", "text", "timestamp"),
                schemas.getJsonObject("V2Update").getJsonObject("properties").keySet());
        assertEquals(Set.of("id", "name", "availability", "region"),
                schemas.getJsonObject("V2ComponentAvailability").getJsonObject("properties").keySet());
        assertEquals(Set.of("errMsg"), schemas.getJsonObject("V2Error").getJsonObject("properties").keySet());
    }

    /** Last: it adds an event. */
    @Test
    @Order(Integer.MAX_VALUE)
    void readsAreCachedAndAChangeIsOnThemAtOnce() throws Exception {
        String query = "/v2/events?components=" + probe;
        assertEquals("{\"data\":[]}", get(query).body());
        HttpResponse<String> hit = get(query);
        assertEquals("hit", header(hit, "X-Cache"));
        assertTrue(header(hit, "ETag").startsWith("\""));
        assertEquals("", header(get(query + "&unknown=1"), "X-Cache"), "an unknown parameter is answered live");

        long added = event("Probe down", 3, "incident", true, now.minusMinutes(5), null, "detected", null, probe);
        JsonObject listed = json(get(query)).asJsonObject();
        assertEquals(added, listed.getJsonArray("data").getJsonObject(0).getJsonNumber("id").longValue(),
                "the outside write is seen on the next read");
        assertEquals(200, get("/v2/events/" + added).statusCode());
        assertNull(json(get("/v2/events/" + added)).asJsonObject().get("end_date"));
    }

    // --- helpers -------------------------------------------------------------------------------

    private static LocalDateTime closedStart() {
        return YearMonth.from(now).minusMonths(1).atDay(1).atTime(10, 0);
    }

    private static String time(LocalDateTime utc) {
        return utc.toString().length() == 16 ? utc + ":00Z" : utc + "Z";
    }

    /** An event with its components; the status and description as v3 stores them, or null. */
    private static long event(String title, int impact, String type, boolean system, LocalDateTime start,
            LocalDateTime end, String status, String description, int... components) throws SQLException {
        long id = DATABASE.insertEvent(title, impact, type, system, start, end, components);
        try (var connection = DATABASE.open();
                var update = connection.prepareStatement("UPDATE incident SET status = ?, description = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setString(2, description);
            update.setLong(3, id);
            update.executeUpdate();
        }
        return id;
    }

    private Set<Long> ids(String query) throws Exception {
        HttpResponse<String> response = get("/v2/incidents?" + query);
        assertEquals(200, response.statusCode(), query + ": " + response.body());
        return json(response).asJsonObject().getJsonArray("data").stream()
                .map(event -> event.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static List<Integer> ints(JsonArray array) {
        return array.stream().map(value -> Integer.parseInt(value.toString())).toList();
    }

    private static void assertError(int status, String body, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.uri().toString());
        assertEquals(body, response.body(), response.uri().toString());
        assertTrue(header(response, "Content-Type").startsWith("application/json"), response.uri().toString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static JsonValue json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path);
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
