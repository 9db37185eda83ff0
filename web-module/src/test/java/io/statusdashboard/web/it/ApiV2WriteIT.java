package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * API v2's writes over HTTP as status-dashboard-v3's clients meet them: each endpoint's answer and
 * every refusal with v3's text (and nothing written), the moves of operators' incidents, the one
 * open system incident per impact, and a client's whole day — components, incidents, filters,
 * pages, changes, extract, resolution — read back through API v2, API v1, the page and the feed.
 * Every test makes its own components; each starts with no active event, since system incidents
 * are shared by all components. Writes carry an operator's token of a real OpenID Connect provider
 * (mock-oauth2-server); system incidents are posted with the monitoring token, the one v2 write it
 * may send.
 */
@ExtendWith(ArquillianExtension.class)
class ApiV2WriteIT {

    private static final String SECRET = "it-write-secret";
    private static final String MONITORING_TOKEN = Tokens.hs256(SECRET, "{\"stackmon\":\"it\"}");
    private static final String MONITORING_REFUSED = "not allowed: a monitoring token (signed with SDB_SECRET_KEY) may"
            + " only report status (API v1) and open system incidents (POST /v2/events with \"system\": true); this"
            + " write needs the token of an operator or admin";
    private static final TestDatabase DATABASE = new TestDatabase();
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    private static OpenIdProvider provider;
    private static String operatorToken;

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        provider = OpenIdProvider.start();
        // One token for the whole class, made before any test sends writes from several threads at once.
        operatorToken = provider.token("oscar", List.of(OpenIdProvider.OPERATORS), 3600);
        return Deployments.dashboard(Map.of(
                "SDB_CATALOG_FILE", Deployments.testCatalog("catalog.yaml"),
                "SDB_SECRET_KEY", SECRET,
                "SDB_OPENID_ISSUER_URL", provider.issuerUrl(),
                "SDB_OPENID_CLIENT_ID", OpenIdProvider.CLIENT_ID,
                "SDB_OPENID_CLIENT_SECRET", "not-checked-by-the-mock",
                "SDB_OPERATORS_GROUP", OpenIdProvider.OPERATORS));
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.stop();
        }
    }

    @BeforeEach
    void closeActiveEvents() throws SQLException {
        DATABASE.execute("UPDATE incident SET end_date = TIMESTAMP '2000-01-01 00:00:00', status = 'resolved'"
                + " WHERE end_date IS NULL OR end_date > TIMESTAMP '2000-01-01 00:00:00'");
    }

    // --- components ------------------------------------------------------------------------------

    @Test
    void aPostedComponentIsAnsweredAsV3DoesAndShowsEverywhereAtOnce() throws Exception {
        String region = "EU-W" + NAMES.incrementAndGet();
        assertEquals(404, get("/?region=" + region).statusCode());
        assertEquals(404, get("/rss/?mt=" + region).statusCode());
        String v1Before = get("/api/v1/component_status").body();
        get("/api/v1/component_status");

        HttpResponse<String> created = post("/v2/components", "{\"attrs\":[{\"name\":\"type\",\"value\":\"dns\"},"
                + "{\"name\":\"region\",\"value\":\"" + region + "\"},{\"name\":\"category\",\"value\":\"Network\"}],"
                + "\"name\":\"Domain Name Service\",\"unknown\":1}", "Content-Type", "text/plain");
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created).getJsonNumber("id").longValue();
        assertEquals("{\"id\":" + id + ",\"attributes\":[{\"name\":\"type\",\"value\":\"dns\"},{\"name\":\"region\","
                + "\"value\":\"" + region + "\"},{\"name\":\"category\",\"value\":\"Network\"}],"
                + "\"name\":\"Domain Name Service\"}", created.body(), "v3's keys in its order, attributes as posted");

        assertEquals(200, get("/v2/components/" + id).statusCode());
        HttpResponse<String> page = get("/?region=" + region);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Domain Name Service"));
        assertEquals(200, get("/rss/?mt=" + region).statusCode(), "the feed knows the region");
        String v1After = get("/api/v1/component_status").body();
        assertNotEquals(v1Before, v1After, "API v1's cached list changed at once");
        assertTrue(v1After.contains("\"" + region + "\""));
        assertEquals(1L, count("SELECT COUNT(*) FROM component WHERE name = 'Domain Name Service'"));

        String sameNameElsewhere = post("/v2/components", component("Domain Name Service", region + "X")).body();
        assertTrue(sameNameElsewhere.startsWith("{\"id\":"), "the same name in another region: " + sameNameElsewhere);
        assertError(400, "component already exists",
                post("/v2/components", component("Domain Name Service", region)));
        assertEquals(2L, count("SELECT COUNT(*) FROM component WHERE name = 'Domain Name Service'"), "nothing written");
    }

    @Test
    void concurrentPostsOfOneNameInOneRegionCreateItOnce() throws Exception {
        String region = "EU-RACE" + NAMES.incrementAndGet();
        String body = component("Load Balancer", region);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit(() -> post("/v2/components", body)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(status -> status == 400).count(), statuses.toString());
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1L, count("SELECT COUNT(*) FROM component c JOIN component_attribute a ON a.component_id = c.id"
                + " WHERE c.name = 'Load Balancer' AND a.name = 'region' AND a.value = ?", region));
    }

    @Test
    void malformedComponentsAreRefusedWithV3sTexts() throws Exception {
        long before = count("SELECT COUNT(*) FROM component");
        String invalid = "component attribute has invalid format";
        assertError(400, invalid, post("/v2/components", "{\"name\":\"X\",\"attrs\":[{\"name\":\"type\",\"value\":\"x\"},"
                + "{\"name\":\"region\",\"value\":\"R\"}]}"));
        assertError(400, invalid, post("/v2/components", "{\"name\":\"X\",\"attrs\":[{\"name\":\"type\",\"value\":\"x\"},"
                + "{\"name\":\"region\",\"value\":\"R\"},{\"name\":\"type\",\"value\":\"y\"}]}"));
        assertError(400, invalid, post("/v2/components", "{\"name\":\"X\",\"attrs\":[{\"name\":\"type\",\"value\":\"x\"},"
                + "{\"name\":\"region\",\"value\":\"R\"},{\"name\":\"owner\",\"value\":\"y\"}]}"));
        assertError(400, "Key: 'PostComponentData.Name' Error:Field validation for 'Name' failed on the 'required' tag",
                post("/v2/components", "{\"attrs\":[]}"));
        assertError(400, "Key: 'PostComponentData.Attributes' Error:Field validation for 'Attributes' failed on the"
                + " 'required' tag", post("/v2/components", "{\"name\":\"X\"}"));
        assertError(400, "unexpected EOF", post("/v2/components", "{\"name\":"));
        assertEquals(before, count("SELECT COUNT(*) FROM component"));
    }

    // --- POST /v2/events -----------------------------------------------------------------------

    @Test
    void aPostedEventIsRefusedWithV3sTextsInV3sOrderWritingNothing() throws Exception {
        long component = newComponent();
        String start = time(now().minusMinutes(5));
        long events = count("SELECT COUNT(*) FROM incident");
        long updates = count("SELECT COUNT(*) FROM incident_status");
        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put("{\"title\":", "component invalid format: unexpected EOF");
        refusals.put("", "component invalid format: EOF");
        refusals.put("{\"title\":\"T\"}", "component invalid format: Key: 'Components.Components' Error:Field"
                + " validation for 'Components' failed on the 'required' tag");
        refusals.put("{\"components\":[]}", "component invalid format: Key: 'Components.Components' Error:Field"
                + " validation for 'Components' failed on the 'min' tag");
        refusals.put("{\"components\":[\"a\"]}", "component invalid format: json: cannot unmarshal string into Go"
                + " struct field Components.components of type int");
        refusals.put("{\"components\":[" + component + ",99999],\"impact\":\"x\"}",
                "component does not exist, component_id: 99999");
        refusals.put("{\"components\":[" + component + "],\"impact\":1}", "Key: 'IncidentData.Title' Error:Field"
                + " validation for 'Title' failed on the 'required' tag");
        refusals.put(event("T", 4, "incident", start, null, component), "Key: 'IncidentData.Impact' Error:Field"
                + " validation for 'Impact' failed on the 'lte' tag");
        refusals.put(event("T", 1, "outage", start, null, component), "Key: 'IncidentData.Type' Error:Field"
                + " validation for 'Type' failed on the 'oneof' tag");
        refusals.put(event("T", 0, "incident", start, null, component),
                "impact must be 0 for type 'maintenance' or 'info' and gt 0 for 'incident'");
        refusals.put(event("T", 2, "maintenance", start, time(now().plusHours(1)), component),
                "impact must be 0 for type 'maintenance' or 'info' and gt 0 for 'incident'");
        refusals.put(event("T", 1, "incident", start, time(now()), component), "event end_date should be empty");
        refusals.put(event("T", 1, "incident", time(now().plusHours(1)), null, component),
                "event start_date should not be in the future");
        refusals.put(event("T", 0, "maintenance", start, null, component), "maintenance end_date is empty");
        refusals.put(event("T", 1, "incident", start, null, component).replace("}", ",\"updates\":[{\"text\":\"x\"}]}"),
                "event updates should be empty");
        refusals.put(event("T", 0, "info", start, null, component).replace("}", ",\"system\":true}"),
                "system incident must be of type 'incident'");
        refusals.put(event("T", 1, "incident", start, null, component)
                .replace("}", ",\"description\":\"" + "d".repeat(501) + "\"}"), "description must be at most 500 characters");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            assertError(400, refusal.getValue(), post("/v2/events", refusal.getKey()));
        }
        assertError(400, "event end_date should be empty",
                post("/v2/incidents", event("T", 1, "incident", start, time(now()), component)), "the alias");
        assertEquals(events, count("SELECT COUNT(*) FROM incident"), "no event written");
        assertEquals(updates, count("SELECT COUNT(*) FROM incident_status"), "no update written");
    }

    @Test
    void eventsOfEachTypeStartTheirTimelineAsV3sDo() throws Exception {
        long component = newComponent();
        LocalDateTime start = now().minusMinutes(10);
        long incident = single(post("/v2/events", event("Down", 3, "incident", time(start), null, component)));
        JsonObject read = json(get("/v2/events/" + incident));
        assertEquals("detected", read.getString("status"));
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", 0).add("status", "detected")
                .add("text", "The incident is detected.").add("timestamp", time(start))).build(),
                read.getJsonArray("updates"), "stamped at its start, which has passed");
        assertFalse(read.containsKey("end_date"));
        assertFalse(read.containsKey("description"));
        assertFalse(read.getBoolean("system"));

        LocalDateTime later = now().plusDays(2);
        long maintenance = single(post("/v2/events", event("Upgrade", 0, "maintenance", time(later),
                time(later.plusHours(2)), component).replace("}", ",\"description\":\"New routers\"}")));
        JsonObject planned = json(get("/v2/events/" + maintenance));
        assertEquals("planned", planned.getString("status"));
        assertEquals("Maintenance is planned.", planned.getJsonArray("updates").getJsonObject(0).getString("text"));
        assertEquals("New routers", planned.getString("description"));
        assertEquals(List.of(component), ids(planned.getJsonArray("components")), "a maintenance moves nothing");
        assertEquals(List.of(component), ids(json(get("/v2/events/" + incident)).getJsonArray("components")));

        long info = single(post("/v2/events", event("New region", 0, "info", time(later), null, component)));
        assertEquals("The informational notification is planned.",
                json(get("/v2/events/" + info)).getJsonArray("updates").getJsonObject(0).getString("text"));
    }

    @Test
    void anOperatorsIncidentTakesItsComponentsAndResolvesTheOneLeftEmpty() throws Exception {
        long first = newComponent();
        long second = newComponent();
        String start = time(now().minusMinutes(30));
        long old = single(post("/v2/events", event("Old trouble", 1, "incident", start, null, first, second)));

        HttpResponse<String> created = post("/v2/events", event("New trouble", 2, "incident", start, null, second));
        assertEquals(200, created.statusCode(), created.body());
        long taking = json(created).getJsonArray("result").getJsonObject(0).getJsonNumber("incident_id").longValue();
        assertEquals("{\"result\":[{\"component_id\":" + second + ",\"incident_id\":" + taking + "}]}", created.body());
        JsonObject left = json(get("/v2/events/" + old));
        assertEquals(List.of(first), ids(left.getJsonArray("components")));
        assertFalse(left.containsKey("end_date"), "still holds a component: open");
        JsonObject note = last(left.getJsonArray("updates"));
        assertEquals("SYSTEM", note.getString("status"));
        assertTrue(note.getString("text").endsWith("moved to <a href='/incidents/" + taking + "'>New trouble</a>"),
                note.getString("text"));
        assertTrue(last(json(get("/v2/events/" + taking)).getJsonArray("updates")).getString("text")
                .endsWith("moved from <a href='/incidents/" + old + "'>Old trouble</a>"));

        long last = single(post("/v2/events", event("Last trouble", 1, "incident", start, null, first)));
        JsonObject closed = json(get("/v2/events/" + old));
        assertTrue(closed.containsKey("end_date"), "its last component gone: closed");
        assertEquals("resolved", closed.getString("status"));
        assertEquals(List.of(first), ids(closed.getJsonArray("components")), "keeps its last component");
        assertTrue(last(closed.getJsonArray("updates")).getString("text")
                .endsWith("moved to <a href='/incidents/" + last + "'>Last trouble</a>, incident closed by system"));
    }

    @Test
    void systemIncidentsAreOnePerImpactSharedRaisedSplitAndClosedWhenEmptied() throws Exception {
        long first = newComponent();
        long second = newComponent();
        long maintained = newComponent();
        long operated = newComponent();
        String start = time(now().minusMinutes(20));
        long maintenance = single(post("/v2/events", event("Works", 0, "maintenance", time(now().minusHours(1)),
                time(now().plusHours(1)), maintained)));
        long operators = single(post("/v2/events", event("Ours", 2, "incident", start, null, operated)));

        HttpResponse<String> opened = report(system("Monitoring: minor", 1, first, second, maintained,
                operated));
        assertEquals(200, opened.statusCode(), opened.body());
        JsonArray result = json(opened).getJsonArray("result");
        long minor = result.getJsonObject(0).getJsonNumber("incident_id").longValue();
        assertEquals("{\"component_id\":" + second + ",\"incident_id\":" + minor + "}", result.get(1).toString(),
                "one system incident per impact, shared");
        assertEquals("{\"component_id\":" + maintained + ",\"incident_id\":" + maintenance + ",\"error\":\"event"
                + " creation failed, component in maintenance\"}", result.get(2).toString());
        assertEquals("{\"component_id\":" + operated + ",\"incident_id\":" + operators + "}", result.get(3).toString(),
                "an operator's incident keeps its component");
        JsonObject shared = json(get("/v2/events/" + minor));
        assertTrue(shared.getBoolean("system"));
        assertEquals("System-wide incident affecting multiple components. Created automatically.",
                shared.getString("description"));
        assertEquals("detected", shared.getString("status"));
        assertEquals(Set.of(first, second), Set.copyOf(ids(shared.getJsonArray("components"))));
        assertEquals(List.of(maintained), ids(json(get("/v2/events/" + maintenance)).getJsonArray("components")));

        assertEquals(minor, single(report(system("Again", 1, first))), "the same impact: nothing changes");

        long major = single(report(system("Monitoring: major", 2, first)));
        assertNotEquals(minor, major, "out of a shared incident: split into a new one");
        JsonObject split = json(get("/v2/events/" + major));
        assertEquals(2, split.getInt("impact"));
        assertEquals("detected", split.getString("status"), "a split starts like any new incident");
        assertEquals(List.of(first), ids(split.getJsonArray("components")));
        assertEquals(List.of(second), ids(json(get("/v2/events/" + minor)).getJsonArray("components")));

        assertEquals(major, single(report(system("Monitoring: major", 2, second))), "joins the major one");
        JsonObject emptied = json(get("/v2/events/" + minor));
        assertTrue(emptied.containsKey("end_date"), "the source closes when it empties");
        assertEquals("resolved", emptied.getString("status"));

        long outage = single(report(system("Monitoring: outage", 3, operated)));
        assertEquals(operators, outage, "never taken from an operator, whatever the impact");
        assertEquals(1L, count("SELECT COUNT(*) FROM incident WHERE system AND end_date IS NULL AND impact = 2"));
        assertEquals(0L, count("SELECT COUNT(*) FROM incident WHERE system AND end_date IS NULL AND impact = 1"));

        long alone = newComponent();
        long lone = single(report(system("Monitoring: lone minor", 1, alone)));
        assertEquals(lone, single(report(system("Monitoring: lone outage", 3, alone))),
                "alone in its incident: the impact is raised in place");
        assertEquals(3, json(get("/v2/events/" + lone)).getInt("impact"));
    }

    @Test
    void aMonitoringTokenOpensSystemIncidentsAndIsRefusedEveryOtherWriteWritingNothing() throws Exception {
        long component = newComponent();
        long incident = single(post("/v2/events", event("Ours", 2, "incident", time(now().minusMinutes(10)), null,
                component)));
        long events = count("SELECT COUNT(*) FROM incident");
        long updates = count("SELECT COUNT(*) FROM incident_status");
        long components = count("SELECT COUNT(*) FROM component");
        String start = time(now().minusMinutes(5));
        Map<String, String[]> refused = new java.util.LinkedHashMap<>();
        refused.put("a component", new String[] {"POST", "/v2/components",
                component("Monitoring's own " + NAMES.incrementAndGet(), "EU-DE")});
        refused.put("an incident", new String[] {"POST", "/v2/events", event("Mine", 2, "incident", start, null, component)});
        refused.put("an incident by the alias", new String[] {"POST", "/v2/incidents",
                event("Mine", 2, "incident", start, null, component)});
        refused.put("a maintenance", new String[] {"POST", "/v2/events", event("Works", 0, "maintenance",
                time(now().plusHours(1)), time(now().plusHours(2)), component)});
        refused.put("an announcement", new String[] {"POST", "/v2/events", event("News", 0, "info", start, null, component)});
        refused.put("a change", new String[] {"PATCH", "/v2/events/" + incident, change("resolved", start, "")});
        refused.put("a change by the alias", new String[] {"PATCH", "/v2/incidents/" + incident, change("fixing", start, "")});
        refused.put("an extract", new String[] {"POST", "/v2/events/" + incident + "/extract",
                "{\"components\":[" + component + "]}"});
        refused.put("an update's text", new String[] {"PATCH", "/v2/events/" + incident + "/updates/0", "{\"text\":\"x\"}"});
        for (Map.Entry<String, String[]> write : refused.entrySet()) {
            String[] request = write.getValue();
            assertError(403, MONITORING_REFUSED, sendAs("Bearer " + MONITORING_TOKEN, request[0], request[1], request[2]),
                    write.getKey());
        }
        assertEquals(events, count("SELECT COUNT(*) FROM incident"), "no event written");
        assertEquals(updates, count("SELECT COUNT(*) FROM incident_status"), "no update written");
        assertEquals(components, count("SELECT COUNT(*) FROM component"), "no component written");
        assertEquals("detected", json(get("/v2/events/" + incident)).getString("status"), "the incident as it was");

        long other = newComponent();
        long opened = single(report(system("Monitoring: minor", 1, other)));
        assertNotEquals(incident, opened);
        assertTrue(json(get("/v2/events/" + opened)).getBoolean("system"), "a system incident it may open");
    }

    // --- PATCH /v2/events/{id} -------------------------------------------------------------------

    @Test
    void aPatchChangesStatusAndFieldsWithV3sRules() throws Exception {
        long component = newComponent();
        LocalDateTime start = now().minusHours(1);
        long incident = single(post("/v2/events", event("Slow", 1, "incident", time(start), null, component)));

        String at = time(now().minusMinutes(5));
        HttpResponse<String> raised = patch("/v2/events/" + incident, "{\"message\":\"Worse\",\"status\":\"impact"
                + " changed\",\"update_date\":\"" + at + "\",\"impact\":3,\"title\":\"Down\",\"end_date\":\"" + at + "\"}");
        assertEquals(200, raised.statusCode(), raised.body());
        JsonObject changed = json(raised);
        assertEquals(json(readAsWriter("/v2/events/" + incident)), changed, "the event as stored");
        assertEquals(3, changed.getInt("impact"));
        assertEquals("Down", changed.getString("title"));
        assertEquals("impact changed", changed.getString("status"));
        assertFalse(changed.containsKey("end_date"), "an end sent to an open incident is ignored");
        assertEquals(Json.createObjectBuilder().add("id", 1).add("status", "impact changed").add("text", "Worse")
                .add("timestamp", at).build(), last(changed.getJsonArray("updates")));

        String path = "/v2/events/" + incident;
        assertError(400, "wrong status for changing impact", patch(path, change("fixing", at, ",\"impact\":2")));
        assertError(400, "impact must be between 1 and 3", patch(path, change("impact changed", at, ",\"impact\":7")));
        assertError(400, "impact must be 0 for type 'maintenance' or 'info' and gt 0 for 'incident'",
                patch(path, change("impact changed", at, ",\"impact\":0")));
        assertError(400, "wrong status for incident", patch(path, change("planned", at, "")));
        assertError(400, "can not change start date for open incident",
                patch(path, change("fixing", at, ",\"start_date\":\"" + time(start.minusHours(1)) + "\"")));
        assertError(400, "Key: 'PatchIncidentData.Message' Error:Field validation for 'Message' failed on the"
                + " 'required' tag", patch(path, "{\"status\":\"fixing\",\"update_date\":\"" + at + "\"}"));
        assertError(400, "unexpected EOF", patch(path, "{\"message\""));
        assertError(400, "description must be at most 500 characters",
                patch(path, change("fixing", at, ",\"description\":\"" + "d".repeat(501) + "\"")));

        String resolvedAt = time(now().minusMinutes(1));
        JsonObject resolved = json(patch("/v2/incidents/" + incident, change("resolved", resolvedAt, "")));
        assertEquals(resolvedAt, resolved.getString("end_date"), "resolved at the update's time, through the alias");
        assertError(400, "wrong status for closed incident", patch(path, change("fixing", at, "")));
        assertError(400, "wrong status for closed incident",
                patch(path, change("reopened", at, ",\"end_date\":\"" + at + "\"")));
        JsonObject moved = json(patch(path, change("changed", at, ",\"end_date\":\"" + at + "\"")));
        assertEquals(at, moved.getString("end_date"), "a closed incident's dates change with 'changed'");
        assertFalse(json(patch(path, change("reopened", at, ""))).containsKey("end_date"));

        long maintenance = single(post("/v2/events", event("Works", 0, "maintenance", time(now().plusDays(1)),
                time(now().plusDays(1).plusHours(1)), component)));
        assertError(400, "wrong status for maintenance", patch("/v2/events/" + maintenance, change("fixing", at, "")));
        LocalDateTime newStart = now().plusDays(3);
        JsonObject modified = json(patch("/v2/events/" + maintenance, change("modified", at, ",\"start_date\":\""
                + time(newStart) + "\",\"end_date\":\"" + time(newStart.plusHours(2)) + "\"")));
        assertEquals(time(newStart), modified.getString("start_date"));
        assertEquals("modified", modified.getString("status"));
        long info = single(post("/v2/events", event("Notice", 0, "info", time(now().minusHours(1)), null, component)));
        assertError(400, "wrong status for info event", patch("/v2/events/" + info, change("in progress", at, "")));
        assertEquals("active", json(patch("/v2/events/" + info, change("active", at, ""))).getString("status"));

        long updates = count("SELECT COUNT(*) FROM incident_status");
        assertError(404, "event does not exist", patch("/v2/events/99999", "{}"));
        assertError(400, "Key: 'IncidentID.ID' Error:Field validation for 'ID' failed on the 'required' tag",
                patch("/v2/events/0", "{}"));
        assertError(400, "strconv.ParseInt: parsing \"x\": invalid syntax", patch("/v2/events/x", "{}"));
        assertEquals(updates, count("SELECT COUNT(*) FROM incident_status"), "refusals write nothing");
    }

    // --- PATCH /v2/events/{id}/updates/{n} ---------------------------------------------------------

    @Test
    void anUpdatesTextIsEditedByItsPositionKeepingStatusAndTime() throws Exception {
        long component = newComponent();
        long incident = single(post("/v2/events", event("Slow", 1, "incident", time(now().minusHours(1)), null,
                component)));
        String at = time(now().minusMinutes(5));
        patch("/v2/events/" + incident, change("analysing", at, ""));

        HttpResponse<String> edited = patch("/v2/events/" + incident + "/updates/1", "{\"text\":\"Found it\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("{\"id\":1,\"status\":\"analysing\",\"text\":\"Found it\",\"timestamp\":\"" + at + "\"}",
                edited.body());
        assertEquals("Found it", json(get("/v2/events/" + incident)).getJsonArray("updates").getJsonObject(1)
                .getString("text"));
        assertEquals(200, patch("/v2/incidents/" + incident + "/updates/0", "{\"text\":\"Seen\"}").statusCode());
        assertEquals("Seen", json(get("/v2/events/" + incident)).getJsonArray("updates").getJsonObject(0)
                .getString("text"));

        String path = "/v2/events/" + incident + "/updates/";
        assertError(404, "update does not exist", patch(path + "2", "{\"text\":\"x\"}"));
        assertError(400, "Key: 'updateData.UpdateID' Error:Field validation for 'UpdateID' failed on the 'gte' tag",
                patch(path + "-1", "{\"text\":\"x\"}"));
        assertError(400, "strconv.ParseInt: parsing \"first\": invalid syntax", patch(path + "first", "{\"text\":\"x\"}"));
        assertError(400, "Key: 'PatchEventUpdateData.Text' Error:Field validation for 'Text' failed on the 'required'"
                + " tag", patch(path + "0", "{\"text\":\"\"}"));
        assertError(404, "event does not exist", patch("/v2/events/99999/updates/0", "{\"text\":\"x\"}"));
        assertEquals("Seen", json(get("/v2/events/" + incident)).getJsonArray("updates").getJsonObject(0)
                .getString("text"), "refusals change nothing");
    }

    // --- POST /v2/events/{id}/extract --------------------------------------------------------------

    @Test
    void extractMovesSomeComponentsIntoANewDetectedIncident() throws Exception {
        long first = newComponent();
        long second = newComponent();
        long third = newComponent();
        long source = single(post("/v2/events", event("Network trouble", 2, "incident", time(now().minusHours(1)),
                null, first, second, third).replace("}", ",\"description\":\"Packets lost\"}")));

        HttpResponse<String> extracted = post("/v2/events/" + source + "/extract",
                "{\"components\":[" + second + "," + third + "]}");
        assertEquals(200, extracted.statusCode(), extracted.body());
        JsonObject created = json(extracted);
        long id = created.getJsonNumber("id").longValue();
        assertEquals(json(readAsWriter("/v2/events/" + id)), created);
        assertEquals("Network trouble", created.getString("title"));
        assertEquals("Packets lost", created.getString("description"));
        assertEquals(2, created.getInt("impact"));
        assertEquals("incident", created.getString("type"));
        assertFalse(created.getBoolean("system"));
        assertEquals("detected", created.getString("status"), "a new incident's status and first update");
        assertEquals(List.of("detected", "SYSTEM", "SYSTEM"), created.getJsonArray("updates").stream()
                .map(update -> update.asJsonObject().getString("status")).toList());
        assertEquals(Set.of(second, third), Set.copyOf(ids(created.getJsonArray("components"))));
        JsonObject kept = json(get("/v2/events/" + source));
        assertEquals(List.of(first), ids(kept.getJsonArray("components")));
        assertEquals("detected", kept.getString("status"), "the source stays as it was");
        assertFalse(kept.containsKey("end_date"));

        String path = "/v2/events/" + source + "/extract";
        assertError(400, "component " + second + " is not in the incident", post(path, "{\"components\":[" + second + "]}"));
        assertError(400, "can not move all components to the new incident, keep at least one",
                post(path, "{\"components\":[" + first + "]}"));
        assertError(400, "component invalid format: Key: 'Components.Components' Error:Field validation for"
                + " 'Components' failed on the 'min' tag", post(path, "{\"components\":[]}"));
        assertError(400, "component does not exist, component_id: 99999", post(path, "{\"components\":[99999]}"));
        assertError(404, "event does not exist", post("/v2/events/99999/extract", "{\"components\":[" + first + "]}"));
        assertError(400, "can not move all components to the new incident, keep at least one",
                post("/v2/incidents/" + source + "/extract", "{\"components\":[" + first + "]}"), "the alias");
    }

    // --- a client's day ----------------------------------------------------------------------------

    @Test
    void aV3ClientsDayEndToEndReadThroughEveryView() throws Exception {
        String region = "EU-C" + NAMES.incrementAndGet();
        long compute = single201(post("/v2/components", component("Compute Service", region)));
        long storage = single201(post("/v2/components", component("Storage Service", region)));
        long network = single201(post("/v2/components", component("Network Service", region)));

        String started = time(now().minusMinutes(15));
        long incident = single(post("/v2/events", event("Region degraded", 2, "incident", started, null, compute,
                storage, network)));
        String filter = "/v2/events?components=" + compute + "&type=incident&active=true&limit=10";
        JsonObject listed = json(get(filter));
        assertEquals(incident, listed.getJsonArray("data").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(Json.createObjectBuilder().add("pageIndex", 1).add("recordsPerPage", 10).add("totalRecords", 1)
                .add("totalPages", 1).build(), listed.getJsonObject("pagination"));
        for (int i = 0; i < 11; i++) {
            LocalDateTime when = now().plusDays(1 + i);
            single(post("/v2/events", event("Window " + i, 0, "maintenance", time(when), time(when.plusHours(1)),
                    storage)));
        }
        JsonObject second = json(get("/v2/events?components=" + storage + "&type=maintenance&limit=10&page=2"));
        assertEquals(1, second.getJsonArray("data").size(), "eleven maintenances: one on the second page");
        assertEquals(2, second.getJsonObject("pagination").getInt("totalPages"));

        patch("/v2/events/" + incident, change("analysing", time(now().minusMinutes(10)), ""));
        long split = json(post("/v2/events/" + incident + "/extract", "{\"components\":[" + network + "]}"))
                .getJsonNumber("id").longValue();
        assertEquals(Set.of(incident, split), ids("/v2/events?components=" + compute + "," + network + "&active=true"
                + "&type=incident"));
        JsonObject page = json(get("/v2/events?status=analysing&components=" + compute));
        assertEquals(1, page.getJsonArray("data").size());

        String resolvedAt = time(now().minusMinutes(1));
        patch("/v2/events/" + incident, change("resolved", resolvedAt, ""));
        patch("/v2/events/" + split, change("resolved", resolvedAt, ""));
        assertEquals("{\"data\":[]}", get("/v2/events?components=" + compute + "," + network + "&active=true"
                + "&type=incident").body(), "both resolved: no active incident");
        JsonObject read = json(get("/v2/events/" + incident));
        assertEquals(resolvedAt, read.getString("end_date"));
        assertEquals(List.of("detected", "analysing", "SYSTEM", "resolved"), read.getJsonArray("updates").stream()
                .map(update -> update.asJsonObject().getString("status")).toList());

        JsonArray v1 = Json.createReader(new StringReader(get("/api/v1/component_status?name=Compute%20Service").body()))
                .readArray();
        JsonObject v1Compute = v1.stream().map(JsonValue::asJsonObject)
                .filter(candidate -> candidate.getInt("id") == compute).findFirst().orElseThrow();
        assertEquals(List.of("Region degraded"), v1Compute.getJsonArray("incidents").stream()
                .map(incidentJson -> incidentJson.asJsonObject().getString("text")).toList(),
                "API v1 reads the incident the v2 client wrote");

        HttpResponse<String> statusPage = get("/?region=" + region);
        assertEquals(200, statusPage.statusCode());
        assertTrue(statusPage.body().contains("Compute Service"));
        assertTrue(get("/incidents/" + incident).body().contains("Region degraded"), "the event's own page");
    }

    @Test
    void aWriteChangesACachedListAtOnce() throws Exception {
        long component = newComponent();
        String query = "/v2/events?components=" + component;
        assertEquals("{\"data\":[]}", get(query).body());
        assertEquals("hit", get(query).headers().firstValue("X-Cache").orElse(""));
        long incident = single(post("/v2/events", event("Cached", 1, "incident", time(now().minusMinutes(1)), null,
                component)));
        assertEquals(Set.of(incident), ids(query), "the write is on the next read");
        get(query);
        assertEquals("hit", get(query).headers().firstValue("X-Cache").orElse(""));
        patch("/v2/events/" + incident, change("fixing", time(now()), ""));
        assertEquals("fixing", json(get(query)).getJsonArray("data").getJsonObject(0).getString("status"));
        get(query);
        patch("/v2/events/" + incident + "/updates/1", "{\"text\":\"Edited\"}");
        assertEquals("Edited", json(get(query)).getJsonArray("data").getJsonObject(0).getJsonArray("updates")
                .getJsonObject(1).getString("text"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryV2WriteWithItsSchemas() throws Exception {
        JsonObject document = json(send("GET", "/openapi", null, "Accept", "application/json"));
        JsonObject paths = document.getJsonObject("paths");
        Map<String, List<String>> writes = Map.of(
                "/v2/components", List.of("post"),
                "/v2/events", List.of("post"),
                "/v2/incidents", List.of("post"),
                "/v2/events/{id}", List.of("patch"),
                "/v2/incidents/{id}", List.of("patch"),
                "/v2/events/{id}/extract", List.of("post"),
                "/v2/incidents/{id}/extract", List.of("post"),
                "/v2/events/{id}/updates/{n}", List.of("patch"),
                "/v2/incidents/{id}/updates/{n}", List.of("patch"));
        for (Map.Entry<String, List<String>> write : writes.entrySet()) {
            assertTrue(paths.containsKey(write.getKey()), write.getKey() + " in " + paths.keySet());
            for (String method : write.getValue()) {
                JsonObject operation = paths.getJsonObject(write.getKey()).getJsonObject(method);
                assertTrue(operation.containsKey("requestBody"), write.getKey() + " " + method);
            }
        }
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertEquals(Set.of("title", "description", "impact", "components", "start_date", "end_date", "system", "type",
                "contact_email"), schemas.getJsonObject("V2NewEvent").getJsonObject("properties").keySet());
        assertEquals(Set.of("message", "status", "update_date", "title", "description", "impact", "start_date",
                "end_date", "type", "version", "contact_email"), schemas.getJsonObject("V2EventChange").getJsonObject("properties").keySet());
        assertEquals(Set.of("name", "attrs"), schemas.getJsonObject("V2NewComponent").getJsonObject("properties").keySet());
        assertEquals(Set.of("result"), schemas.getJsonObject("V2PostedEvent").getJsonObject("properties").keySet());
        assertEquals(Set.of("component_id", "incident_id", "error"),
                schemas.getJsonObject("V2Placement").getJsonObject("properties").keySet());
        assertEquals(Set.of("id", "attributes", "name"),
                schemas.getJsonObject("V2CreatedComponent").getJsonObject("properties").keySet());
    }

    // --- helpers -------------------------------------------------------------------------------

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String time(LocalDateTime utc) {
        return RFC_3339.format(utc);
    }

    private static String component(String name, String region) {
        return "{\"name\":\"" + name + "\",\"attrs\":[{\"name\":\"type\",\"value\":\"t\"},{\"name\":\"region\","
                + "\"value\":\"" + region + "\"},{\"name\":\"category\",\"value\":\"Tests\"}]}";
    }

    /** A component of its own for one test. */
    private long newComponent() throws Exception {
        int number = NAMES.incrementAndGet();
        return single201(post("/v2/components", component("Write test service " + number, "EU-DE")));
    }

    private static String event(String title, int impact, String type, String start, String end, long... components) {
        return "{\"title\":\"" + title + "\",\"impact\":" + impact + ",\"type\":\"" + type + "\",\"start_date\":\""
                + start + "\"" + (end == null ? "" : ",\"end_date\":\"" + end + "\"") + ",\"components\":["
                + java.util.Arrays.stream(components).mapToObj(Long::toString).collect(Collectors.joining(",")) + "]}";
    }

    private static String system(String title, int impact, long... components) {
        return event(title, impact, "incident", time(now().minusMinutes(1)), null, components)
                .replace("}", ",\"system\":true}");
    }

    private static String change(String status, String at, String more) {
        return "{\"message\":\"" + status + " now\",\"status\":\"" + status + "\",\"update_date\":\"" + at + "\"" + more
                + "}";
    }

    /** The event the first component of a successful {@code POST /v2/events} is in. */
    private static long single(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getJsonArray("result").getJsonObject(0).getJsonNumber("incident_id").longValue();
    }

    private static long single201(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return json(response).getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonArray array) {
        return array.stream().map(value -> Long.parseLong(value.toString())).toList();
    }

    private Set<Long> ids(String query) throws Exception {
        JsonObject listed = json(get(query));
        return listed.getJsonArray("data").stream().map(event -> event.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static JsonObject last(JsonArray array) {
        return array.getJsonObject(array.size() - 1);
    }

    private static long count(String query, Object... parameters) throws SQLException {
        return ((Number) DATABASE.value(query, parameters)).longValue();
    }

    private static void assertError(int status, String message, HttpResponse<String> response) {
        assertError(status, message, response, response.uri().toString());
    }

    private static void assertError(int status, String message, HttpResponse<String> response, String what) {
        assertEquals(status, response.statusCode(), what + ": " + response.body());
        assertEquals(Json.createObjectBuilder().add("errMsg", message).build().toString(), response.body(), what);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null);
    }

    /** A read with the writes' token: the event as its writer is answered, with its creator and version. */
    private HttpResponse<String> readAsWriter(String path) throws Exception {
        return send("GET", path, null, "Authorization", "Bearer " + operatorToken);
    }

    private HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        return send("POST", path, body, headers);
    }

    private HttpResponse<String> patch(String path, String body) throws Exception {
        return send("PATCH", path, body);
    }

    /** A system incident as monitoring posts it, with the token signed with the shared secret. */
    private HttpResponse<String> report(String body) throws Exception {
        return sendAs("Bearer " + MONITORING_TOKEN, "POST", "/v2/events", body);
    }

    /** Writes carry an operator's token, reads none. */
    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        return sendAs(body == null ? null : "Bearer " + operatorToken, method, path, body, headers);
    }

    private HttpResponse<String> sendAs(String authorization, String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
