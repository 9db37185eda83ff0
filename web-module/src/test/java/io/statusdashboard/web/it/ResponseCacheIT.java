package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The response cache as browsers, proxies and monitoring meet it: hits, validators and 304s, gzip,
 * nothing personal cached, and every change visible on the next request — through the change
 * events and at a scheduled transition, not through the probe for outside writes, which this
 * deployment runs only once an hour.
 *
 * <p>Deployed with {@code SDB_PUBLIC_URL} (given with a trailing slash), so feeds are cached too and
 * every absolute link names that address, whatever {@code Host} a request sends. Only a signed-in
 * operator's session makes a response personal; a cookie anyone can make up does not.
 */
@ExtendWith(ArquillianExtension.class)
class ResponseCacheIT {

    private static final String SECRET = "cache-it-secret";
    private static final String TOKEN = Tokens.hs256(SECRET, "{\"stackmon\":\"cache-it\"}");
    private static final TestDatabase DATABASE = new TestDatabase();
    private static final String PASSWORD = "cache-it-operator-password";
    private static final String PUBLIC_URL = "https://status.example.test";
    private static final List<String> PUBLIC_READS = List.of("/", "/?region=EU-NL", "/availability", "/history",
            "/rss/?mt=EU-DE", "/api/v1/component_status", "/api/v1/incidents");

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    /** The incident each test starts with. */
    private long openIncident;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of(
                "SDB_CATALOG_FILE", Deployments.testCatalog("api-catalog.yaml"),
                "SDB_SECRET_KEY", SECRET,
                "SDB_CACHE_PROBE_INTERVAL_MS", "3600000",
                "SDB_CACHE_MAX_AGE", "7",
                "SDB_PUBLIC_URL", PUBLIC_URL + "/",
                "SDB_ADMIN_PASSWORD", PASSWORD));
    }

    /** Each test starts from no open event, written through the API so the cache learns of it. */
    @BeforeEach
    void closeActiveEvents() throws Exception {
        // Maintenances end as the clock would end them, so a pass of it finds nothing to move
        // during a test (its change would start the cache over in the middle of a sweep).
        DATABASE.execute("UPDATE incident SET end_date = TIMESTAMP '2000-01-01 00:00:00',"
                + " status = CASE WHEN type = 'maintenance' THEN 'completed' ELSE status END"
                + " WHERE end_date IS NULL OR end_date > TIMESTAMP '2000-01-01 00:00:00'");
        // The report's change event clears the cache; the outside UPDATE above alone would not be seen for an hour.
        HttpResponse<String> report = report("Relational Database Service", 1);
        assertEquals(201, report.statusCode());
        openIncident = Json.createReader(new StringReader(report.body())).readObject().getJsonNumber("id").longValue();
    }

    @Test
    void anonymousReadsAreRenderedOnceThenServedFromTheCacheWithValidators() throws Exception {
        for (String path : PUBLIC_READS) {
            HttpResponse<byte[]> first = get(path);
            HttpResponse<byte[]> second = get(path);
            assertEquals(200, second.statusCode(), path);
            assertEquals("miss", header(first, "X-Cache"), path);
            assertEquals("hit", header(second, "X-Cache"), path);
            assertArrayEquals(first.body(), second.body(), path);
            assertEquals(header(first, "ETag"), header(second, "ETag"), path);
            assertTrue(header(second, "ETag").matches("\"[A-Za-z0-9_-]{27}\""), path);
            assertEquals("public, max-age=7, stale-while-revalidate=30, stale-if-error=86400",
                    header(second, "Cache-Control"), path);
            // Pages speak the visitor's language; feeds and JSON are the same for everyone.
            boolean page = header(second, "Content-Type").startsWith("text/html");
            assertEquals(page ? "Accept-Encoding, Accept-Language" : "Accept-Encoding", header(second, "Vary"), path);
            assertFalse(header(second, "Last-Modified").isEmpty(), path);
            assertEquals(String.valueOf(second.body().length), header(second, "Content-Length"), path);
            assertTrue(second.headers().firstValue("Set-Cookie").isEmpty(), path + ": nothing personal");
            assertEquals("nosniff", header(second, "X-Content-Type-Options"), path + ": security headers on hits");
        }
    }

    @Test
    void conditionalRequestsGetNotModifiedUntilTheContentChanges() throws Exception {
        HttpResponse<byte[]> page = get("/");
        String tag = header(page, "ETag");
        HttpResponse<byte[]> revalidated = get("/", "If-None-Match", tag);
        assertEquals(304, revalidated.statusCode());
        assertEquals(0, revalidated.body().length);
        assertEquals(tag, header(revalidated, "ETag"));
        assertEquals(304, get("/", "If-Modified-Since", header(page, "Last-Modified")).statusCode());
        assertEquals(200, get("/", "If-None-Match", "\"somebody-elses-tag\"").statusCode());

        assertEquals(201, report("Virtual Private Cloud", 2).statusCode());
        HttpResponse<byte[]> changed = get("/", "If-None-Match", tag);
        assertEquals(200, changed.statusCode(), "the page changed, so the old tag no longer matches");
        assertFalse(tag.equals(header(changed, "ETag")));
    }

    @Test
    void gzipIsSentToClientsThatAcceptItAndHoldsTheSameBytes() throws Exception {
        for (String path : List.of("/", "/api/v1/component_status", "/rss/?mt=EU-DE")) {
            HttpResponse<byte[]> plain = get(path);
            HttpResponse<byte[]> compressed = get(path, "Accept-Encoding", "gzip, deflate, br");
            assertEquals("gzip", header(compressed, "Content-Encoding"), path);
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), path);
            assertArrayEquals(plain.body(), gunzip(compressed.body()), path);
            assertTrue(compressed.body().length < plain.body().length, path);
            assertFalse(header(plain, "ETag").equals(header(compressed, "ETag")), "one tag per representation");
        }
    }

    @Test
    void aStatusReportIsOnEveryCachedReadAtOnce() throws Exception {
        for (String path : PUBLIC_READS) {
            get(path);
            assertEquals("hit", header(get(path), "X-Cache"), path);
        }
        HttpResponse<String> reported = report("Virtual Private Cloud", 3);
        assertEquals(201, reported.statusCode(), reported.body());
        long id = Json.createReader(new StringReader(reported.body())).readObject().getJsonNumber("id").longValue();

        assertTrue(text(get("/")).contains("/incidents/" + id + "\""), "status page links the new outage");
        assertTrue(text(get("/api/v1/component_status")).contains("\"id\":" + id), "read API lists it");
        assertTrue(text(get("/api/v1/incidents")).contains("\"id\":" + id), "incident list has it");
        assertTrue(text(get("/rss/?mt=EU-DE")).contains("/incidents/" + id), "region feed has it");
        HttpResponse<byte[]> event = get("/incidents/" + id);
        assertEquals("miss", header(event, "X-Cache"), "event pages are cached too, under the visitors' URL");
        assertEquals("hit", header(get("/incidents/" + id), "X-Cache"));
    }

    /**
     * Right after a change every visitor misses at once. The whole-history lists are limited to a
     * few renders per instance; the visitors of one list must wait for the one of them rendering
     * it, not queue for that limit, where most of a burst was refused with 503.
     */
    @Test
    void aBurstOfVisitorsMissingAWholeHistoryListIsAnsweredByOneRendering() throws Exception {
        int impact = 1;
        for (String path : List.of("/api/v1/incidents", "/api/v1/component_status")) {
            // Each report raises the incident's impact: a change, which starts the cache over.
            HttpResponse<String> reported = report("Virtual Private Cloud", ++impact);
            assertEquals(201, reported.statusCode(), reported.body());
            String id = "\"id\":" + Json.createReader(new StringReader(reported.body())).readObject().getJsonNumber("id");
            List<CompletableFuture<HttpResponse<byte[]>>> burst = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                burst.add(http.sendAsync(HttpRequest.newBuilder(uri(path)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray()));
            }
            for (CompletableFuture<HttpResponse<byte[]>> answer : burst) {
                HttpResponse<byte[]> visitor = answer.get(60, TimeUnit.SECONDS);
                assertEquals(200, visitor.statusCode(), path + ": " + text(visitor));
                assertTrue(text(visitor).contains(id), path + " lists the new incident");
            }
        }
    }

    @Test
    void aPlannedMaintenanceStartsOnTimeOnACachedPage() throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(4);
        long maintenance = DATABASE.insertEvent("Cache transition maintenance", 0, "maintenance", false, start,
                start.plusMinutes(30), DATABASE.componentId("Object Storage Service", "EU-DE"));
        // Written outside the dashboard; a report through the API makes the cache start over.
        assertEquals(201, report("Virtual Private Cloud", 1).statusCode());

        String before = text(get("/"));
        assertTrue(before.contains("planned-maintenance\" data-event-id=\"" + maintenance + "\""), "announced");
        assertFalse(before.contains("mb-3 maintenance\" data-event-id=\"" + maintenance + "\""));
        assertEquals("hit", header(get("/"), "X-Cache"));

        Thread.sleep(Math.max(0, Duration.between(LocalDateTime.now(ZoneOffset.UTC), start).toMillis()) + 500);
        HttpResponse<byte[]> after = get("/");
        assertEquals("miss", header(after, "X-Cache"), "the entry ended when the maintenance began");
        assertTrue(text(after).contains("mb-3 maintenance\" data-event-id=\"" + maintenance + "\""), "in progress");
    }

    @Test
    void aMadeUpSessionCookieOrATokenIsServedTheSharedResponse() throws Exception {
        for (String path : List.of("/", "/api/v1/component_status", "/rss/?mt=EU-DE")) {
            get(path);
            HttpResponse<byte[]> madeUp = get(path, "Cookie", "JSESSIONID=made-up-session-id");
            assertEquals(200, madeUp.statusCode(), path);
            assertEquals("hit", header(madeUp, "X-Cache"), path + ": a cookie alone switches the cache off for no one");
            assertTrue(header(madeUp, "Cache-Control").startsWith("public, "), path);
        }
        // A monitoring token on a read changes nothing in the answer: it is served like any other.
        assertEquals("hit", header(get("/api/v1/component_status", "Authorization", "Bearer " + TOKEN), "X-Cache"));
    }

    @Test
    void aVisitorWhoOpenedTheSignInPageAndLeftIsStillServedAsAVisitor() throws Exception {
        HttpResponse<byte[]> login = get("/login");
        String session = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("the sign-in page starts a session"));

        get("/");
        HttpResponse<byte[]> page = get("/", "Cookie", session);
        assertEquals("hit", header(page, "X-Cache"));
        assertTrue(header(page, "Cache-Control").startsWith("public, "));
        assertTrue(text(page).contains("login-link"));

        // Rendered for a request with a session, a page is sent but not kept: it might have been shaped by it.
        HttpResponse<byte[]> rendered = get("/history", "Cookie", session);
        assertEquals(200, rendered.statusCode());
        assertEquals("", header(rendered, "X-Cache"));
        assertEquals("miss", header(get("/history"), "X-Cache"), "the next visitor renders their own");
    }

    @Test
    void aSignedInOperatorGetsLivePrivateResponsesWithTheirName() throws Exception {
        get("/");
        HttpResponse<byte[]> shared = get("/api/v1/component_status");
        String session;
        try (Browser browser = new Browser()) {
            LocalLogin.submit(browser.open(base, "/login?returnTo=/"), "admin", PASSWORD);
            session = "JSESSIONID=" + browser.sessionId(base);
        }
        for (String path : List.of("/", "/api/v1/component_status")) {
            HttpResponse<byte[]> personal = get(path, "Cookie", session);
            assertEquals(200, personal.statusCode(), path);
            assertEquals("private, no-cache", header(personal, "Cache-Control"), path);
            assertTrue(personal.headers().firstValue("X-Cache").isEmpty(), path + ": not answered from the cache");
            assertTrue(personal.headers().firstValue("ETag").isEmpty(), path);
        }
        // The operator's list is streamed to the connection as it is written, the visitors' one
        // collected for the cache: the same bytes and type either way.
        HttpResponse<byte[]> streamed = get("/api/v1/component_status", "Cookie", session);
        assertArrayEquals(shared.body(), streamed.body());
        assertTrue(text(streamed).startsWith("[{\"id\":"), "a list of components");
        assertEquals(header(shared, "Content-Type"), header(streamed, "Content-Type"));
        assertTrue(text(get("/", "Cookie", session)).contains("signed-in-as\" href=\"/operator\">admin</a>"),
                "the operator's own page names them");
        HttpResponse<byte[]> visitor = get("/");
        assertEquals("hit", header(visitor, "X-Cache"));
        assertFalse(text(visitor).contains("signed-in-as"), "nothing of the operator's reached the cache");
    }

    @Test
    void aForgedHostCannotPointTheFeedsSubscribersElsewhere() throws Exception {
        HeaderLeakSweep client = new HeaderLeakSweep(base);
        HttpResponse<byte[]> forged = client.send("/rss/?mt=EU-DE", Map.of("Host", "evil.example",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "http"));
        assertEquals("miss", header(forged, "X-Cache"), "the forged request is the one that renders and stores");
        assertTrue(text(forged).contains("<link>" + PUBLIC_URL + "/incidents/" + openIncident + "</link>"), text(forged));
        assertFalse(text(forged).contains("evil.example"));

        HttpResponse<byte[]> subscriber = get("/rss/?mt=EU-DE");
        assertEquals("hit", header(subscriber, "X-Cache"));
        assertArrayEquals(forged.body(), subscriber.body());
        assertTrue(text(subscriber).contains("<link>" + PUBLIC_URL + "/</link>"), "the channel links the dashboard");
    }

    @Test
    void theOpenApiDocumentNamesThePublicUrlWhateverTheRequestNamed() throws Exception {
        HttpResponse<byte[]> document = new HeaderLeakSweep(base).send("/openapi",
                Map.of("Host", "evil.example", "X-Forwarded-Host", "evil.example", "Accept", "application/json"));
        assertEquals(200, document.statusCode());
        JsonObject openApi = Json.createReader(new StringReader(text(document))).readObject();
        assertEquals(1, openApi.getJsonArray("servers").size(), text(document));
        assertEquals(PUBLIC_URL + "/", openApi.getJsonArray("servers").getJsonObject(0).getString("url"));
        assertFalse(text(document).contains("evil.example"));
    }

    @Test
    void noRequestHeaderReachesAnotherVisitorOrAnyBodyWithAPublicUrl() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        long maintenance = DATABASE.insertEvent("Cache sweep maintenance", 0, "maintenance", false, now.plusDays(1),
                now.plusDays(1).plusHours(1), DATABASE.componentId("Object Storage Service", "EU-DE"));
        // Announced as the clock announces it, so none of its passes moves it.
        DATABASE.execute("UPDATE incident SET status = 'planned' WHERE id = " + maintenance);
        HeaderLeakSweep sweep = new HeaderLeakSweep(base);
        List<String> reads = sweep.publicReads(openIncident, maintenance, "EU-DE", "Elastic Cloud Server");
        // Written outside the dashboard; a report makes the cache start over, so the sweep's first requests miss.
        assertEquals(201, report("Virtual Private Cloud", 1).statusCode());

        HeaderLeakSweep.Result visitors = sweep.asVisitor(reads, true);
        assertEquals(List.of(), visitors.leaks());
        assertEquals(HeaderLeakSweep.cacheable(reads, true), visitors.storedByMarkedRequest());

        try (Browser browser = new Browser()) {
            LocalLogin.submit(browser.open(base, "/login?returnTo=/"), "admin", PASSWORD);
            assertEquals(List.of(), sweep.asOperator(reads, browser.sessionId(base), true));
        }
    }

    @Test
    void queriesThePageDoesNotReadAreRenderedLiveNotCached() throws Exception {
        HttpResponse<byte[]> odd = get("/?region=EU-DE&campaign=%3Cb%3Ehi%3C%2Fb%3E");
        assertEquals(200, odd.statusCode());
        assertTrue(odd.headers().firstValue("X-Cache").isEmpty());
        assertFalse(text(get("/?region=EU-DE")).contains("campaign"), "the next visitor never sees that query");
        assertTrue(get("/operator").headers().firstValue("X-Cache").isEmpty(), "operator pages are never cached");
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

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
