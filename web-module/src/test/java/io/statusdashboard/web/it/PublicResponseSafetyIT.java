package io.statusdashboard.web.it;

import static io.statusdashboard.web.it.HeaderLeakSweep.header;
import static io.statusdashboard.web.it.HeaderLeakSweep.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing a visitor sends comes back to anyone else: every public page, feed and API read is
 * requested with a marker in each request header, as a visitor (rendered, then cached) and as the
 * signed-in operator (live), and no marker may show in any body. This deployment has no
 * {@code SDB_PUBLIC_URL}, the out-of-the-box case: feeds then link to the address each request
 * names, for that request only. {@link ResponseCacheIT} runs the same sweep with a public URL.
 */
@ExtendWith(ArquillianExtension.class)
class PublicResponseSafetyIT {

    private static final String SECRET = "safety-it-secret";
    private static final String TOKEN = Tokens.hs256(SECRET, "{\"stackmon\":\"safety-it\"}");
    private static final String PASSWORD = "safety-it-operator-password";
    private static final TestDatabase DATABASE = new TestDatabase();

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    private long incident;
    private long maintenance;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of(
                "SDB_CATALOG_FILE", Deployments.testCatalog("api-catalog.yaml"),
                "SDB_SECRET_KEY", SECRET,
                "SDB_ADMIN_PASSWORD", PASSWORD));
    }

    /**
     * An open incident, a planned maintenance and a resolved incident of this month, so every page
     * has content; the status report that opens the incident also empties the response cache.
     */
    @BeforeEach
    void eventsOnEveryPage() throws Exception {
        // Maintenances end as the clock would end them, so a pass of it finds nothing to move
        // during a test (its change would start the cache over in the middle of a sweep).
        DATABASE.execute("UPDATE incident SET end_date = TIMESTAMP '2000-01-01 00:00:00',"
                + " status = CASE WHEN type = 'maintenance' THEN 'completed' ELSE status END"
                + " WHERE end_date IS NULL OR end_date > TIMESTAMP '2000-01-01 00:00:00'");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        int storage = DATABASE.componentId("Object Storage Service", "EU-DE");
        maintenance = DATABASE.insertEvent("Storage maintenance", 0, "maintenance", false, now.plusDays(1),
                now.plusDays(1).plusHours(2), storage);
        // Announced as the clock announces it, so none of its passes moves it.
        DATABASE.execute("UPDATE incident SET status = 'planned' WHERE id = " + maintenance);
        long resolved = DATABASE.insertEvent("Storage was slow", 2, "incident", false, now.minusHours(3),
                now.minusHours(2), storage);
        DATABASE.insertUpdate(resolved, now.minusHours(2), "Fixed", "resolved");
        HttpResponse<String> report = report("Elastic Cloud Server", 2);
        assertEquals(201, report.statusCode(), report.body());
        incident = Json.createReader(new StringReader(report.body())).readObject().getJsonNumber("id").longValue();
    }

    @Test
    void noVisitorsRequestHeaderReachesAnyBodyRenderedOrCached() throws Exception {
        HeaderLeakSweep sweep = new HeaderLeakSweep(base);
        List<String> reads = sweep.publicReads(incident, maintenance, "EU-DE", "Elastic Cloud Server");

        HeaderLeakSweep.Result result = sweep.asVisitor(reads, false);

        assertEquals(List.of(), result.leaks());
        assertEquals(HeaderLeakSweep.cacheable(reads, false), result.storedByMarkedRequest(),
                "each cacheable read was stored by the marked request and served from that entry next");
    }

    @Test
    void noOperatorsRequestHeaderReachesAnyBodyAndNothingOfTheirsIsShared() throws Exception {
        HeaderLeakSweep sweep = new HeaderLeakSweep(base);
        List<String> reads = sweep.publicReads(incident, maintenance, "EU-DE", "Elastic Cloud Server");
        String session;
        try (Browser browser = new Browser()) {
            HtmlPage signedIn = LocalLogin.submit(browser.open(base, "/login?returnTo=/"), "admin", PASSWORD);
            assertEquals("admin", signedIn.querySelector(".signed-in-as", signedIn).getTextContent().strip());
            session = browser.sessionId(base);
        }
        HttpResponse<byte[]> asOperator = sweep.send("/", sweep.markedHeaders("JSESSIONID=" + session));
        assertTrue(text(asOperator).contains("signed-in-as"), "the marked requests are the operator's");

        assertEquals(List.of(), sweep.asOperator(reads, session, false));

        HeaderLeakSweep.Result visitors = sweep.asVisitor(reads, false);
        assertEquals(List.of(), visitors.leaks());
        for (String path : reads) {
            assertFalse(text(sweep.send(path, Map.of())).contains("signed-in-as"), path + " shows the operator to visitors");
        }
    }

    @Test
    void withoutAPublicUrlAFeedLinksToTheAddressItsRequestNamedAndNoCacheKeepsIt() throws Exception {
        HeaderLeakSweep sweep = new HeaderLeakSweep(base);
        String feed = "/rss/?mt=EU-DE";
        Map<String, String> forged = Map.of("Host", "evil.example", "X-Forwarded-Host", "evil.example");
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<byte[]> poisoned = sweep.send(feed, forged);
            assertEquals(200, poisoned.statusCode());
            assertTrue(text(poisoned).contains("<link>http://evil.example/incidents/" + incident + "</link>"),
                    "the forging client gets links to what it named");
            assertEquals("no-store", header(poisoned, "Cache-Control"));
            assertEquals("", header(poisoned, "X-Cache"), "never stored, so never a hit");
        }

        HttpResponse<byte[]> subscriber = sweep.send(feed, Map.of());
        String address = "http://" + base.getHost() + ":" + base.getPort();
        assertTrue(text(subscriber).contains("<link>" + address + "/incidents/" + incident + "</link>"), text(subscriber));
        assertFalse(text(subscriber).contains("evil.example"));
        assertEquals("no-store", header(subscriber, "Cache-Control"));

        HttpResponse<byte[]> behindTheProxy = sweep.send(feed,
                Map.of("Host", "status.example.com", "X-Forwarded-Proto", "https"));
        assertTrue(text(behindTheProxy).contains("<link>https://status.example.com/incidents/"),
                "the scheme the proxy reports: " + text(behindTheProxy));
        HttpResponse<byte[]> oddScheme = sweep.send(feed, Map.of("X-Forwarded-Proto", "javascript"));
        assertTrue(text(oddScheme).contains("<link>" + address + "/incidents/"), "any scheme but https is http");
    }

    @Test
    void theOpenApiDocumentNamesNoHostAtAll() throws Exception {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        JsonObject openApi = Json.createReader(new StringReader(document.body())).readObject();
        assertEquals(1, openApi.getJsonArray("servers").size(), document.body());
        assertEquals("/", openApi.getJsonArray("servers").getJsonObject(0).getString("url"),
                "relative to where the document was fetched");
    }

    private HttpResponse<String> report(String component, int impact) throws Exception {
        String body = Json.createObjectBuilder().add("name", component).add("impact", impact)
                .add("attributes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "region").add("value", "EU-DE")))
                .build().toString();
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/api/v1/component_status"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
