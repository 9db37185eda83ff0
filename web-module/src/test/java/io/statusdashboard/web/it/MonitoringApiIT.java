package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Monitoring API v1 and the RSS feeds over HTTP, as monitoring clients and feed readers meet them:
 * real tokens, the decision scenarios, every refusal with nothing written, a concurrent storm.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringApiIT {

    /** Shorter than 256 bits on purpose: installations of the original use such keys. */
    private static final String SECRET = "it-secret";
    private static final String CLAIMS = "{\"stackmon\":\"it\"}";
    private static final String TOKEN = Tokens.hs256(SECRET, CLAIMS);
    private static final TestDatabase DATABASE = new TestDatabase();
    private static final JsonObject REGION_EU_NL = Json.createObjectBuilder()
            .add("name", "region").add("value", "EU-NL").build();

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of(
                "SDB_CATALOG_FILE", Deployments.testCatalog("api-catalog.yaml"),
                "SDB_SECRET_KEY", SECRET,
                // The metrics show the events as they are at the scrape, not as an earlier scrape saw them.
                "SDB_METRICS_SNAPSHOT_AGE_MS", "0"));
    }

    /** Each scenario starts with no active event, as the original's test suite does. */
    @BeforeEach
    void closeActiveEvents() throws SQLException {
        DATABASE.execute("UPDATE incident SET end_date = TIMESTAMP '2000-01-01 00:00:00' WHERE end_date IS NULL"
                + " OR end_date > TIMESTAMP '2000-01-01 00:00:00'");
    }

    // --- decisions ---------------------------------------------------------------------------

    @Test
    void aFirstReportOpensASystemIncidentAndTheSameImpactJoinsIt() throws Exception {
        HttpResponse<String> first = report("Elastic Cloud Server", 1, "EU-DE", "ECS degraded");
        assertEquals(201, first.statusCode(), first.body());
        JsonObject incident = json(first).asJsonObject();
        assertEquals("ECS degraded", incident.getString("text"));
        assertEquals(1, incident.getInt("impact"));
        assertTrue(incident.getString("start_date").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
        assertEquals(JsonValue.NULL, incident.get("end_date"), "end_date is present and null");
        assertEquals(List.of(), incident.getJsonArray("updates"));
        assertEquals(1L, count("SELECT COUNT(*) FROM incident WHERE id = ? AND system AND end_date IS NULL",
                incident.getJsonNumber("id").longValue()));

        JsonObject joined = json(report("Object Storage Service", 1, "EU-DE", null)).asJsonObject();
        assertEquals(incident.getInt("id"), joined.getInt("id"), "the same impact joins the open incident");
        assertTrue(joined.getJsonArray("updates").getJsonObject(0).getString("text")
                .startsWith("Object Storage Service (category: Storage, region: EU-DE, type: obs) added to ECS degraded"));

        HttpResponse<String> again = report("Elastic Cloud Server", 1, "EU-DE", null);
        assertEquals(409, again.statusCode());
        JsonObject conflict = json(again).asJsonObject();
        assertEquals("Incident with this the component already exists", conflict.getString("message"));
        assertEquals(incident.getInt("id"), conflict.getInt("existingIncidentId"));
        assertEquals("ECS degraded", conflict.getString("existingIncidentTitle"));
        assertEquals("Check your request parameters", conflict.getString("details"));
        assertEquals("Elastic Cloud Server", conflict.getJsonObject("targetComponent").getString("name"));
    }

    @Test
    void escalationRaisesMovesAndClosesWithUpdatesInBothIncidents() throws Exception {
        long minor = id(report("Elastic Cloud Server", 1, "EU-DE", "Minor trouble"));
        JsonObject raised = json(report("Elastic Cloud Server", 2, "EU-DE", null)).asJsonObject();
        assertEquals(minor, raised.getInt("id"), "alone in its incident: the impact is raised");
        assertEquals(2, raised.getInt("impact"));
        assertEquals("impact changed from minor to major", raised.getJsonArray("updates").getJsonObject(0).getString("text"));

        id(report("Object Storage Service", 2, "EU-DE", null));
        JsonObject moved = json(report("Elastic Cloud Server", 3, "EU-DE", "Outage")).asJsonObject();
        long outage = moved.getInt("id");
        assertNotEquals(minor, outage, "from a shared incident: moved into a new one");
        assertEquals(3, moved.getInt("impact"));
        assertTrue(moved.getJsonArray("updates").getJsonObject(0).getString("text")
                .endsWith("moved from <a href='/incidents/" + minor + "'>Minor trouble</a>"));
        assertEquals(List.of("Object Storage Service"), componentsOf(minor), "the old incident keeps the others");

        JsonObject closing = json(report("Object Storage Service", 3, "EU-DE", null)).asJsonObject();
        assertEquals(outage, closing.getInt("id"), "moved into the outage of the same impact");
        assertEquals(1L, count("SELECT COUNT(*) FROM incident WHERE id = ? AND end_date IS NOT NULL", minor),
                "its last component gone, the old incident is closed");
        assertEquals(1L, count("SELECT COUNT(*) FROM incident_status WHERE incident_id = ? AND text LIKE ?", minor,
                "%moved to <a href='/incidents/" + outage + "'>Outage</a>, incident closed by system"));
    }

    @Test
    void aMaintenanceAnswersForItsComponentAndNothingChanges() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long maintenance = insertEvent("Planned works", 0, "maintenance", false, now.minusHours(1), now.plusHours(1),
                "Virtual Private Cloud");
        long before = count("SELECT COUNT(*) FROM incident_status");
        HttpResponse<String> response = report("Virtual Private Cloud", 3, "EU-DE", null);
        assertEquals(201, response.statusCode());
        assertEquals(maintenance, json(response).asJsonObject().getInt("id"));
        assertEquals(before, count("SELECT COUNT(*) FROM incident_status"));
        assertEquals(0L, count("SELECT COUNT(*) FROM incident WHERE system AND end_date IS NULL"));
    }

    @Test
    void anOperatorsIncidentOwnsItsComponentWhateverTheImpact() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long operator = insertEvent("Database slow", 1, "incident", false, now.minusHours(1), null,
                "Relational Database Service");
        HttpResponse<String> response = report("Relational Database Service", 3, "EU-DE", null);
        assertEquals(409, response.statusCode());
        assertEquals(operator, json(response).asJsonObject().getInt("existingIncidentId"));
        assertEquals(0L, count("SELECT COUNT(*) FROM incident WHERE system AND end_date IS NULL"));
    }

    // --- reading -----------------------------------------------------------------------------

    @Test
    void componentStatusFiltersByALiteralNamePrefixOrFindsOneByAttribute() throws Exception {
        long incident = id(report("Elastic Cloud Server", 2, "EU-NL", "NL trouble"));
        JsonArray elastic = json(get("/api/v1/component_status?name=Elastic")).asJsonArray();
        assertEquals(2, elastic.size());
        JsonArray percent = json(get("/api/v1/component_status?name=100%25")).asJsonArray();
        assertEquals(List.of("100% Uptime_Probe"), names(percent), "% is an ordinary character");
        assertEquals(List.of(), names(json(get("/api/v1/component_status?name=_")).asJsonArray()),
                "_ is an ordinary character");
        assertEquals(16, json(get("/api/v1/component_status")).asJsonArray().size());
        Map<Boolean, List<Long>> eventsByInEuNl = elastic.stream().map(JsonValue::asJsonObject).collect(
                Collectors.toMap(component -> component.getJsonArray("attributes").contains(REGION_EU_NL),
                        MonitoringApiIT::incidentIds));
        assertTrue(eventsByInEuNl.get(true).contains(incident) && !eventsByInEuNl.get(false).contains(incident),
                "each component lists its own events: " + eventsByInEuNl);

        JsonArray incidents = json(get("/api/v1/incidents")).asJsonArray();
        assertTrue(incidents.stream().anyMatch(event -> event.asJsonObject().getInt("id") == incident
                && event.asJsonObject().get("end_date") == JsonValue.NULL));
    }

    @Test
    void anAttributeLookupAnswersTheOneComponentAsAnObjectAsTheOriginalDoes() throws Exception {
        long nl = id(report("Elastic Cloud Server", 2, "EU-NL", "NL trouble"));
        long de = id(report("Elastic Cloud Server", 3, "EU-DE", "DE outage"));
        HttpResponse<String> response = get("/api/v1/component_status?name=Elastic%20Cloud%20Server"
                + "&attribute_name=region&attribute_value=EU-NL");
        assertEquals(200, response.statusCode(), response.body());
        JsonValue found = json(response);
        assertEquals(JsonValue.ValueType.OBJECT, found.getValueType(), "an object, not a list of one: " + found);
        JsonObject component = found.asJsonObject();
        assertEquals("Elastic Cloud Server", component.getString("name"));
        assertTrue(component.getJsonArray("attributes").contains(REGION_EU_NL));
        List<Long> events = incidentIds(component);
        assertTrue(events.contains(nl) && !events.contains(de), "its own events only: " + events);

        for (String query : List.of("name=Elastic%20Cloud%20Server&attribute_name=region&attribute_value=MARS",
                "name=Elastic&attribute_name=region&attribute_value=EU-NL",
                "attribute_name=region&attribute_value=EU-NL")) {
            HttpResponse<String> missing = get("/api/v1/component_status?" + query);
            assertEquals(404, missing.statusCode(), query + ": the name is exact, and none finds nothing");
            assertEquals("Component does not exist", json(missing).asJsonObject().getString("message"));
        }
        for (String query : List.of("name=Elastic&attribute_name=region", "name=Elastic&attribute_value=EU-NL")) {
            JsonValue list = json(get("/api/v1/component_status?" + query));
            assertEquals(JsonValue.ValueType.ARRAY, list.getValueType(), query + ": half an attribute is ignored");
            assertEquals(2, list.asJsonArray().size(), query);
        }
    }

    // --- refusals ----------------------------------------------------------------------------

    static Stream<Arguments> badTokens() {
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        long future = Instant.now().plusSeconds(3600).getEpochSecond();
        return Stream.of(
                Arguments.of("no Authorization header", null),
                Arguments.of("another scheme", "Basic " + TOKEN),
                Arguments.of("not a JWT", "Bearer not-a-token"),
                Arguments.of("alg none", "Bearer " + Tokens.none(CLAIMS)),
                Arguments.of("HS512 with the right key", "Bearer " + Tokens.hs512(SECRET, CLAIMS)),
                Arguments.of("wrong key", "Bearer " + Tokens.hs256("another-secret", CLAIMS)),
                Arguments.of("missing claim", "Bearer " + Tokens.hs256(SECRET, "{\"sub\":\"it\"}")),
                Arguments.of("expired", "Bearer " + Tokens.hs256(SECRET, "{\"stackmon\":\"it\",\"exp\":" + past + "}")),
                Arguments.of("not valid yet", "Bearer " + Tokens.hs256(SECRET, "{\"stackmon\":\"it\",\"nbf\":" + future + "}")),
                Arguments.of("tampered payload", "Bearer " + TOKEN.substring(0, TOKEN.indexOf('.') + 1)
                        + java.util.Base64.getUrlEncoder().withoutPadding()
                                .encodeToString("{\"stackmon\":\"x\"}".getBytes(StandardCharsets.UTF_8))
                        + TOKEN.substring(TOKEN.lastIndexOf('.'))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aBadTokenIsRefusedWith401AndNothingIsWritten(String label, String authorization) throws Exception {
        long before = writes();
        HttpResponse<String> response = post(reportBody("Elastic Cloud Server", 1, "EU-DE", null), authorization);
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(json(response).asJsonObject().getString("message").startsWith("Missing token")
                || json(response).asJsonObject().getString("message").startsWith("Invalid token"));
        assertEquals(before, writes());
    }

    @Test
    void theSchemeWordIsCaseInsensitiveAndAnExpiryInTheFutureIsAccepted() throws Exception {
        long future = Instant.now().plusSeconds(3600).getEpochSecond();
        String token = Tokens.hs256(SECRET, "{\"stackmon\":\"it\",\"exp\":" + future + "}");
        assertEquals(201, post(reportBody("Elastic Cloud Server", 1, "EU-DE", null), "bearer " + token).statusCode());
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"name\": ", 400),
                Arguments.of("not an object", "[1, 2]", 400),
                Arguments.of("impact as a word", "{\"name\":\"Elastic Cloud Server\",\"impact\":\"minor\"}", 400),
                Arguments.of("missing name", "{\"impact\":1}", 400),
                Arguments.of("missing impact", "{\"name\":\"Elastic Cloud Server\"}", 400),
                Arguments.of("name as a number", "{\"name\":42,\"impact\":1}", 400),
                Arguments.of("impact 0 (maintenance)", "{\"name\":\"Elastic Cloud Server\",\"impact\":0}", 400),
                Arguments.of("unknown impact", "{\"name\":\"Elastic Cloud Server\",\"impact\":7}", 400),
                Arguments.of("fractional impact", "{\"name\":\"Elastic Cloud Server\",\"impact\":1.5}", 400),
                Arguments.of("absurd number", "{\"name\":\"Elastic Cloud Server\",\"impact\":1e400}", 400),
                Arguments.of("attributes not a list", "{\"name\":\"Elastic Cloud Server\",\"impact\":1,\"attributes\":{\"region\":\"EU-DE\"}}", 400),
                Arguments.of("attribute value a number", "{\"name\":\"Elastic Cloud Server\",\"impact\":1,\"attributes\":[{\"name\":\"region\",\"value\":1}]}", 400),
                Arguments.of("unknown component", "{\"name\":\"No Such Service\",\"impact\":1}", 400),
                Arguments.of("deep nesting", "{\"name\":\"x\",\"impact\":1,\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}", 400),
                Arguments.of("huge body", "{\"name\":\"" + "x".repeat(100_000) + "\",\"impact\":1}", 413),
                // what a fuzzer tries next
                Arguments.of("empty body", "", 400),
                Arguments.of("only whitespace", " \n\t ", 400),
                Arguments.of("null", "null", 400),
                Arguments.of("a string", "\"Elastic Cloud Server\"", 400),
                Arguments.of("two objects", withFields("\"impact\":1") + "{}", 400),
                Arguments.of("impact with 5,000 digits", withFields("\"impact\":" + "1".repeat(5000)), 400),
                Arguments.of("negative impact with 5,000 digits", withFields("\"impact\":-" + "9".repeat(5000)), 400),
                Arguments.of("impact with an exponent out of range", withFields("\"impact\":1e2147483648"), 400),
                Arguments.of("a number out of range in an unknown field", withFields("\"impact\":1,\"x\":1e-2147483649"), 400),
                Arguments.of("impact with a tiny exponent", withFields("\"impact\":1e-400"), 400),
                Arguments.of("negative impact", withFields("\"impact\":-1"), 400),
                Arguments.of("impact true", withFields("\"impact\":true"), 400),
                Arguments.of("impact null", withFields("\"impact\":null"), 400),
                Arguments.of("impact as a numeric string", withFields("\"impact\":\"1\""), 400),
                Arguments.of("impact as a list", withFields("\"impact\":[1]"), 400),
                Arguments.of("impact as an object", withFields("\"impact\":{\"level\":1}"), 400),
                Arguments.of("impact given twice", withFields("\"impact\":3,\"impact\":1"), 400),
                Arguments.of("name given twice", "{\"name\":\"Elastic Cloud Server\",\"name\":\"Cloud Eye\",\"impact\":1}", 400),
                Arguments.of("name true", "{\"name\":true,\"impact\":1}", 400),
                Arguments.of("name as an object", "{\"name\":{\"text\":\"Elastic Cloud Server\"},\"impact\":1}", 400),
                Arguments.of("empty name", "{\"name\":\"\",\"impact\":1}", 400),
                Arguments.of("NUL in the name", "{\"name\":\"Elastic Cloud Server\\u0000\",\"impact\":1}", 400),
                Arguments.of("a control character in the name", "{\"name\":\"Elastic\\u0007Cloud Server\",\"impact\":1}", 400),
                Arguments.of("a C1 control character in the name", "{\"name\":\"Elastic Cloud Server\\u0085\",\"impact\":1}", 400),
                Arguments.of("a lone high surrogate in the name", "{\"name\":\"Elastic Cloud Server\\ud83d\",\"impact\":1}", 400),
                Arguments.of("a lone low surrogate in the name", "{\"name\":\"\\ude00Elastic Cloud Server\",\"impact\":1}", 400),
                Arguments.of("a name of 256 characters", "{\"name\":\"" + "E".repeat(256) + "\",\"impact\":1}", 400),
                Arguments.of("NUL in the text", withFields("\"impact\":1,\"text\":\"Broken\\u0000\""), 400),
                Arguments.of("a line feed in the text", withFields("\"impact\":1,\"text\":\"Broken\\nagain\""), 400),
                Arguments.of("a lone surrogate in the text", withFields("\"impact\":1,\"text\":\"Broken \\udc00\""), 400),
                Arguments.of("a text of 256 characters", withFields("\"impact\":1,\"text\":\"" + "t".repeat(256) + "\""), 400),
                Arguments.of("text as an object", withFields("\"impact\":1,\"text\":{}"), 400),
                Arguments.of("NUL in an attribute name", withAttributes("{\"name\":\"region\\u0000\",\"value\":\"EU-DE\"}"), 400),
                Arguments.of("NUL in an attribute value", withAttributes("{\"name\":\"region\",\"value\":\"EU-DE\\u0000\"}"), 400),
                Arguments.of("an escape character in an attribute value", withAttributes("{\"name\":\"region\",\"value\":\"\\u001b[31mEU-DE\"}"), 400),
                Arguments.of("a lone surrogate in an attribute name", withAttributes("{\"name\":\"\\ud800region\",\"value\":\"EU-DE\"}"), 400),
                Arguments.of("an attribute name of 256 characters", withAttributes("{\"name\":\"" + "r".repeat(256) + "\",\"value\":\"EU-DE\"}"), 400),
                Arguments.of("an attribute value of 256 characters", withAttributes("{\"name\":\"region\",\"value\":\"" + "v".repeat(256) + "\"}"), 400),
                Arguments.of("the same attribute twice", withAttributes("{\"name\":\"region\",\"value\":\"EU-DE\"},{\"name\":\"region\",\"value\":\"EU-NL\"}"), 400),
                Arguments.of("a key twice in one attribute", withAttributes("{\"name\":\"region\",\"value\":\"EU-NL\",\"value\":\"EU-DE\"}"), 400),
                Arguments.of("an attribute with a null value", withAttributes("{\"name\":\"region\",\"value\":null}"), 400),
                Arguments.of("an attribute as a list", withAttributes("[\"region\",\"EU-DE\"]"), 400),
                Arguments.of("attributes as a string", withFields("\"impact\":1,\"attributes\":\"region=EU-DE\""), 400),
                Arguments.of("33 attributes", withAttributes(IntStream.range(0, 33)
                        .mapToObj(i -> "{\"name\":\"k" + i + "\",\"value\":\"v\"}").collect(Collectors.joining(","))), 400));
    }

    /** A report on Elastic Cloud Server with these fields: good but for what they spoil. */
    private static String withFields(String fields) {
        return "{\"name\":\"Elastic Cloud Server\"," + fields + "}";
    }

    /** A minor report on Elastic Cloud Server with these attribute entries. */
    private static String withAttributes(String entries) {
        return withFields("\"impact\":1,\"attributes\":[" + entries + "]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadBodyGetsAJsonErrorAndNothingIsWritten(String label, String body, int status) throws Exception {
        long before = writes();
        HttpResponse<String> response = post(body, "Bearer " + TOKEN);
        assertJsonError(status, response);
        assertEquals(before, writes());
    }

    static Stream<Arguments> bytesThatAreNotUtf8() {
        return Stream.of(
                Arguments.of("a lone continuation byte", new byte[] {(byte) 0x80}),
                Arguments.of("a truncated sequence", new byte[] {(byte) 0xE2, (byte) 0x82}),
                Arguments.of("an overlong slash", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arguments.of("an encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("a byte UTF-8 never uses", new byte[] {(byte) 0xFF}),
                Arguments.of("Latin-1", "Stra\u00dfe".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Without the check these bytes were read as U+FFFD and the title stored with it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bytesThatAreNotUtf8")
    void aBodyThatIsNotUtf8GetsAJsonErrorAndNothingIsWritten(String label, byte[] bad) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"name\":\"Elastic Cloud Server\",\"impact\":1,\"text\":\"Broken ".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bad);
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        long before = writes();
        assertJsonError(400, post(body.toByteArray(), "application/json"));
        assertEquals(before, writes());
        assertJsonError(400, post(withFields("\"impact\":1").getBytes(StandardCharsets.UTF_16LE), "application/json"));
        assertEquals(before, writes(), "JSON is UTF-8");
    }

    @ParameterizedTest(name = "Content-Type: [{0}]")
    @ValueSource(strings = {"", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/xml", "application/*", "*/*"})
    void aBodyNotDeclaredAsJsonGetsAJsonErrorAndNothingIsWritten(String contentType) throws Exception {
        long before = writes();
        assertJsonError(415, post(withFields("\"impact\":1").getBytes(StandardCharsets.UTF_8), contentType));
        assertEquals(before, writes());
    }

    /** JAX-RS refuses these before any of its mappers runs; the container's answer was an HTML page. */
    @ParameterizedTest(name = "Content-Type: [{0}]")
    @ValueSource(strings = {"json", "application/json/x", "application/json; charset"})
    void aContentTypeThatIsNoMediaTypeGetsAJsonErrorAndNothingIsWritten(String contentType) throws Exception {
        long before = writes();
        assertJsonError(400, post(withFields("\"impact\":1").getBytes(StandardCharsets.UTF_8), contentType));
        assertEquals(before, writes());
        assertJsonError(400, http.send(HttpRequest.newBuilder(uri("/api/v1/component_status?name=Elastic"))
                .header("Content-Type", contentType).build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void jsonIsRecognisedWhateverItsCaseOrParameters() throws Exception {
        byte[] body = withFields("\"impact\":1").getBytes(StandardCharsets.UTF_8);
        assertEquals(201, post(body, "Application/JSON").statusCode());
        assertEquals(409, post(body, "application/json; charset=UTF-8").statusCode(), "now in the incident");
    }

    static Stream<Arguments> badLookups() {
        String lookup = "name=Elastic%20Cloud%20Server&attribute_name=region&attribute_value=EU-DE";
        return Stream.of(
                Arguments.of("NUL in the name prefix", "name=Elastic%00"),
                Arguments.of("NUL in the looked-up name", lookup.replace("Server", "Server%00")),
                Arguments.of("NUL in the attribute name", lookup.replace("=region", "=region%00")),
                Arguments.of("NUL in the attribute value", lookup.replace("EU-DE", "EU-DE%00")),
                Arguments.of("NUL in a lone attribute name", "attribute_name=%00"),
                Arguments.of("a control character in the name", "name=Elastic%07"),
                Arguments.of("a line feed in the attribute value", lookup.replace("EU-DE", "EU-%0ADE")),
                Arguments.of("a name of 256 characters", "name=" + "E".repeat(256)),
                Arguments.of("a looked-up name of 5,000 characters", lookup.replace("Server", "S".repeat(5000))),
                Arguments.of("an attribute value of 256 characters", lookup.replace("EU-DE", "D".repeat(256))));
    }

    /** These reached the database, where PostgreSQL refuses NUL in text: a 500. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badLookups")
    void aBadLookupParameterGetsAJsonError(String label, String query) throws Exception {
        assertJsonError(400, get("/api/v1/component_status?" + query));
    }

    private static void assertJsonError(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        assertFalse(json(response).asJsonObject().getString("message").isBlank());
    }

    // --- concurrency -------------------------------------------------------------------------

    @Test
    void concurrentReportsNeverBreakTheInvariants() throws Exception {
        int clients = 32;
        int rounds = 4;
        int components = 10;
        AtomicInteger requests = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int round = 0; round < rounds; round++) {
                List<Future<?>> posts = new ArrayList<>();
                for (int client = 0; client < clients; client++) {
                    int component = (client + round) % components;
                    int impact = 1 + (client * 7 + round) % 3;
                    posts.add(pool.submit(() -> {
                        HttpResponse<String> response = post(
                                reportBody("Storm " + component, impact, "EU-NL", "Storm incident"), "Bearer " + TOKEN);
                        requests.incrementAndGet();
                        statuses.computeIfAbsent(response.statusCode(), code -> new AtomicInteger()).incrementAndGet();
                        return null;
                    }));
                }
                for (Future<?> post : posts) {
                    post.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Concurrent reports: %d requests, answers %s, %d active system incidents%n",
                requests.get(), statuses, count("SELECT COUNT(*) FROM incident WHERE system AND end_date IS NULL"));
        assertEquals(clients * rounds, requests.get());
        assertTrue(statuses.keySet().stream().allMatch(code -> code == 201 || code == 409), statuses.toString());

        List<List<Object>> duplicateImpacts = DATABASE.rows("SELECT impact, COUNT(*) FROM incident"
                + " WHERE system AND type = 'incident' AND end_date IS NULL GROUP BY impact HAVING COUNT(*) > 1");
        assertEquals(List.of(), duplicateImpacts, "two active system incidents with the same impact");
        List<List<Object>> componentsTwice = DATABASE.rows("SELECT r.component_id, COUNT(*)"
                + " FROM incident_component_relation r JOIN incident i ON i.id = r.incident_id"
                + " WHERE i.system AND i.end_date IS NULL GROUP BY r.component_id HAVING COUNT(*) > 1");
        assertEquals(List.of(), componentsTwice, "a component in two active system incidents");
        assertEquals(components, count("SELECT COUNT(DISTINCT r.component_id) FROM incident_component_relation r"
                + " JOIN incident i ON i.id = r.incident_id WHERE i.system AND i.end_date IS NULL"),
                "every reported component is in exactly one active system incident");
    }

    // --- RSS ---------------------------------------------------------------------------------

    @Test
    void theRegionFeedListsTheNewestEventsWithLinksToTheirPages() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < 12; i++) {
            insertEvent("Old <event> " + i, 1, "incident", false, now.minusDays(30 - i), now.minusDays(30 - i).plusHours(1),
                    "Object Storage Service");
        }
        long newest = id(report("Object Storage Service", 2, "EU-DE", "Newest & <b>bold</b>"));
        HttpResponse<String> response = get("/rss/?mt=EU-DE");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        Document feed = xml(response.body());
        NodeList items = feed.getElementsByTagName("item");
        assertEquals(10, items.getLength(), "the 10 newest events");
        Element first = (Element) items.item(0);
        String link = URI.create(base.toString()).resolve("/incidents/" + newest).toString();
        assertEquals(link, text(first, "link"));
        assertEquals(link, text(first, "guid"));
        assertEquals("Newest & <b>bold</b>", text(first, "title"), "the title is text");
        assertTrue(text(first, "description").contains("Impact: major"));
        assertFalse(text(first, "description").contains("<b>bold"), "no markup from the title");

        Document component = xml(get("/rss/?mt=EU-DE&srv=Virtual%20Private%20Cloud").body());
        for (int i = 0; i < component.getElementsByTagName("item").getLength(); i++) {
            assertFalse(text((Element) component.getElementsByTagName("item").item(i), "title").startsWith("Old"));
        }
    }

    @Test
    void feedsWithMissingOrUnknownParametersAreNotFound() throws Exception {
        for (String path : List.of("/rss/", "/rss/?srv=Cloud%20Eye", "/rss/?mt=MARS-1",
                "/rss/?mt=EU-DE&srv=No%20Such%20Service")) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), path);
            assertFalse(response.body().isBlank(), path);
        }
    }

    // --- OpenAPI -----------------------------------------------------------------------------

    @Test
    void theOpenApiDocumentDescribesTheApiAndItsBearerScheme() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonObject document = Json.createReader(new StringReader(response.body())).readObject();
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/component_status"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/v1/incidents"));
        JsonObject post = paths.getJsonObject("/api/v1/component_status").getJsonObject("post");
        assertTrue(post.getJsonObject("responses").keySet().containsAll(Set.of("201", "400", "401", "409", "413", "415")));
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.getJsonObject("ApiIncident").getJsonObject("properties").containsKey("start_date"));

        JsonObject read = paths.getJsonObject("/api/v1/component_status").getJsonObject("get").getJsonObject("responses");
        assertEquals("#/components/schemas/ComponentStatus", read.getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        JsonArray shapes = schemas.getJsonObject("ComponentStatus").getJsonArray("oneOf");
        String component = "#/components/schemas/ApiComponent";
        assertEquals(component, shapes.getJsonObject(0).getJsonObject("items").getString("$ref"), "a list, or");
        assertEquals(component, shapes.getJsonObject(1).getString("$ref"), "one component (an object)");
        assertTrue(schemas.getJsonObject("ApiComponent").getJsonObject("properties").containsKey("incidents"));
        assertTrue(read.keySet().containsAll(Set.of("200", "400", "404")), read.keySet().toString());

        HttpResponse<String> ui = get("/openapi-ui");
        assertEquals(200, ui.statusCode());
        List<String> scripts = Pattern.compile("<script src=\"([^\"]+)\"").matcher(ui.body()).results()
                .map(match -> match.group(1)).toList();
        assertEquals(2, scripts.size(), ui.body());
        for (String script : scripts) {
            assertEquals(200, get(script).statusCode(), script);
        }
    }

    // --- metrics -----------------------------------------------------------------------------

    @Test
    void metricsShowComponentStatusOpenIncidentsAndReportOutcomes() throws Exception {
        id(report("Relational Database Service", 3, "EU-DE", "Database down"));
        assertEquals(401, post(reportBody("Relational Database Service", 3, "EU-DE", null), null).statusCode());
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri("/metrics?scope=application"))
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        List<String> lines = metrics.body().lines().filter(line -> !line.startsWith("#")).toList();
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("sdb_component_status")
                && line.contains("component=\"Relational Database Service\"") && line.contains("region=\"EU-DE\"")
                && line.matches(".* 3(\\.0)?$")), metrics.body());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("sdb_component_status")
                && line.contains("component=\"Storm 0\"")), "every component has its gauge");
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("sdb_open_incidents")
                && line.contains("impact=\"outage\"") && !line.matches(".* 0(\\.0)?$")), metrics.body());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("sdb_status_reports")
                && line.contains("outcome=\"accepted\"")), metrics.body());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("sdb_status_reports")
                && line.contains("outcome=\"refused\"")), metrics.body());
    }

    // --- helpers -----------------------------------------------------------------------------

    private HttpResponse<String> report(String name, int impact, String region, String text) throws Exception {
        return post(reportBody(name, impact, region, text), "Bearer " + TOKEN);
    }

    private static String reportBody(String name, int impact, String region, String text) {
        var body = Json.createObjectBuilder().add("name", name).add("impact", impact)
                .add("attributes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "region").add("value", region)));
        if (text != null) {
            body.add("text", text);
        }
        return body.build().toString();
    }

    private HttpResponse<String> post(String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/component_status"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A body of raw bytes under the given Content-Type (none when empty). */
    private HttpResponse<String> post(byte[] body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/component_status"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static JsonValue json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readValue();
    }

    private static long id(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return json(response).asJsonObject().getJsonNumber("id").longValue();
    }

    private static List<Long> incidentIds(JsonObject component) {
        return component.getJsonArray("incidents").stream()
                .map(event -> event.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<String> names(JsonArray components) {
        return components.stream().map(component -> component.asJsonObject().getString("name")).toList();
    }

    private static long count(String query, Object... parameters) throws SQLException {
        return ((Number) DATABASE.value(query, parameters)).longValue();
    }

    /** Rows of every table a status report may write. */
    private static long writes() throws SQLException {
        return count("SELECT (SELECT COUNT(*) FROM incident) + (SELECT COUNT(*) FROM incident_status)"
                + " + (SELECT COUNT(*) FROM incident_component_relation)"
                + " + (SELECT COUNT(*) FROM incident WHERE end_date IS NULL)");
    }

    private static List<String> componentsOf(long incident) throws SQLException {
        return DATABASE.rows("SELECT c.name FROM component c JOIN incident_component_relation r"
                + " ON r.component_id = c.id WHERE r.incident_id = ? ORDER BY c.name", incident)
                .stream().map(row -> (String) row.get(0)).toList();
    }

    private static long insertEvent(String title, int impact, String type, boolean system, LocalDateTime start,
            LocalDateTime end, String componentName) throws SQLException {
        return DATABASE.insertEvent(title, impact, type, system, start, end, DATABASE.componentId(componentName, "EU-DE"));
    }

    private static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

}
