package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

/**
 * The status page on a fresh database provisioned from {@code SDB_CATALOG_FILE}: every component
 * under its region and category, an active incident's icon and link, no session for visitors.
 */
@ExtendWith(ArquillianExtension.class)
class StatusPageIT {

    private static final Path CATALOG = Path.of("src/test/resources/it/catalog.yaml").toAbsolutePath();
    private static final TestDatabase DATABASE = new TestDatabase();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of("SDB_CATALOG_FILE", CATALOG.toString()));
    }

    @Test
    void showsEveryComponentOfTheCatalogUnderItsRegionAndCategory() throws IOException {
        Map<String, Map<String, TreeSet<String>>> expected = catalogByRegionAndCategory();
        try (Browser browser = new Browser()) {
            for (String region : expected.keySet()) {
                HtmlPage page = browser.open(base, "/?region=" + region);
                assertEquals(200, page.getWebResponse().getStatusCode());
                assertEquals(List.copyOf(expected.keySet()), texts(page, "ul.region-switch a"), "region switch");
                assertEquals(region, page.querySelector("ul.region-switch a.active", page).getTextContent().strip());

                Map<String, TreeSet<String>> shown = new TreeMap<>();
                for (DomNode card : page.querySelectorAll("section.category", page)) {
                    String category = ((DomElement) card).getAttribute("data-category");
                    shown.put(category, new TreeSet<>(texts(card, ".component-name")));
                }
                assertEquals(expected.get(region), shown, "components of " + region);
            }
        }
    }

    @Test
    void anActiveIncidentShowsItsIconLinkAndBannerWhileTheSameServiceElsewhereStaysOperational()
            throws Exception {
        int ecsDe = componentId("Elastic Cloud Server", "EU-DE");
        int ecsNl = componentId("Elastic Cloud Server", "EU-NL");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long incident = insertEvent("ECS <b>API</b> errors", 2, "incident", now.minusHours(1), null, ecsDe);
        DATABASE.insertUpdate(incident, now.minusMinutes(30).withNano(0),
                "See <a href='/incidents/" + incident + "'>the incident</a><script>alert(1)</script>", "analyzing");
        long planned = insertEvent("Network maintenance", 0, "maintenance", now.plusDays(2), now.plusDays(2).plusHours(2),
                ecsNl);

        try (Browser browser = new Browser()) {
            HtmlPage germany = browser.open(base, "/?region=EU-DE");
            DomNode ecsLine = germany.querySelector("li.component[data-component-id='" + ecsDe + "']", germany);
            DomElement link = (DomElement) ecsLine.querySelector("a.event-link", ecsLine);
            assertNotNull(link, "the component links to its incident");
            assertEquals("/incidents/" + incident, link.getAttribute("href"));
            assertTrue(((DomElement) link.querySelector("i", link)).getAttribute("class").contains("bi-exclamation-triangle-fill"),
                    "major incident icon");

            assertEquals("PARTIAL_OUTAGE", ((DomElement) germany.querySelector(".verdict", germany)).getAttribute("data-verdict"),
                    "no 'all operational' while a major incident is open");
            DomNode banner = germany.querySelector("article.incident-banner[data-event-id='" + incident + "']", germany);
            assertNotNull(banner, "banner of the incident");
            assertTrue(banner.getTextContent().contains("ECS <b>API</b> errors"), "the title is shown as text");
            assertTrue(banner.getTextContent().contains("major"));
            assertTrue(banner.querySelector(".event-regions", banner).getTextContent().contains("EU-DE"));
            DomNode update = banner.querySelector(".latest-update", banner);
            assertEquals("/incidents/" + incident, ((DomElement) update.querySelector("a", update)).getAttribute("href"),
                    "links to incidents survive in update texts");
            assertTrue(update.querySelectorAll("script", update).isEmpty(), "no markup but incident links survives");
            assertTrue(update.getTextContent().contains("<script>alert(1)</script>"), "the rest is shown as text");

            HtmlPage netherlands = browser.open(base, "/?region=EU-NL");
            DomNode ecsNlLine = netherlands.querySelector("li.component[data-component-id='" + ecsNl + "']", netherlands);
            assertNull(ecsNlLine.querySelector("a.event-link", ecsNlLine), "the same service in another region is operational");
            assertEquals("/incidents/" + planned,
                    ((DomElement) ecsNlLine.querySelector("a.planned-link", ecsNlLine)).getAttribute("href"),
                    "planned maintenance marker");
            assertNotNull(netherlands.querySelector("article.planned-maintenance[data-event-id='" + planned + "']", netherlands));
        }
    }

    @Test
    void anonymousVisitsCreateNoSession() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/", "/?region=EU-NL", "/index")) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() < 400, path + " answered " + response.statusCode());
            assertFalse(response.headers().firstValue("Set-Cookie").isPresent(),
                    path + " set a cookie: " + response.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void theDashboardReportsReadyOnceTheDatabaseIsMigrated() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject check = Json.createReader(new StringReader(ready.body())).readObject()
                .getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(candidate -> candidate.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", check.getString("status"));
        assertEquals("true", check.getJsonObject("data").get("migrated").toString().replace("\"", ""), ready.body());
        HttpResponse<String> live = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, live.statusCode(), live.body());
        JsonObject grid = Json.createReader(new StringReader(live.body())).readObject()
                .getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(candidate -> candidate.getString("name").equals("data-grid")).findFirst().orElseThrow();
        assertEquals("UP", grid.getString("status"), live.body());
    }

    @Test
    void indexAndRootServeTheSamePage() throws IOException {
        try (Browser browser = new Browser()) {
            HtmlPage index = browser.open(base, "/index");
            assertEquals(200, index.getWebResponse().getStatusCode());
            assertNotNull(index.querySelector("ul.region-switch", index));
        }
    }

    @Test
    void anUnknownRegionIsNotFound() throws IOException {
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(base, "/?region=MARS-1");
            assertEquals(404, page.getWebResponse().getStatusCode());
            assertTrue(page.asNormalizedText().contains("There is no region MARS-1"), page.asNormalizedText());
        }
    }

    @Test
    void theEventPageShowsTheEventItsServicesAndItsTimelineAsText() throws Exception {
        int obs = componentId("Object <Storage> & \"Service\"", "EU-DE");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long event = insertEvent("<i>Storage</i> slow", 1, "incident", now.minusHours(3), null, obs);
        DATABASE.insertUpdate(event, now.minusHours(2).withNano(0), "First <b>look</b>", "analyzing");
        DATABASE.insertUpdate(event, now.minusHours(1).withNano(0), "Found it", "fixing");
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(base, "/incidents/" + event);
            assertEquals(200, page.getWebResponse().getStatusCode());
            assertEquals("<i>Storage</i> slow", page.querySelector(".event-title", page).getTextContent().strip());
            assertEquals("minor", page.querySelector(".event-impact", page).getTextContent().strip());
            assertEquals("EU-DE", page.querySelector(".event-regions", page).getTextContent().strip());
            assertEquals("Object <Storage> & \"Service\"", page.querySelector(".event-services", page).getTextContent().strip());
            assertEquals(List.of("fixing", "analyzing"), texts(page, ".update-status"), "newest first");
            assertEquals(List.of("Found it", "First <b>look</b>"), texts(page, ".update-text"), "text, not markup");

            assertEquals(404, browser.open(base, "/incidents/987654").getWebResponse().getStatusCode());
        }
    }

    @Test
    void historyAndAvailabilityShowAClosedOutageInItsMonth() throws Exception {
        int vpc = componentId("Virtual Private Cloud", "EU-NL");
        YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
        LocalDateTime start = lastMonth.atDay(10).atTime(8, 0);
        long outage = insertEvent("VPC outage", 3, "incident", start, start.plusHours(6), vpc);
        try (Browser browser = new Browser()) {
            HtmlPage history = browser.open(base, "/history?year=" + lastMonth.getYear() + "&month=" + lastMonth.getMonthValue());
            assertEquals(200, history.getWebResponse().getStatusCode());
            DomNode item = history.querySelector("article.history-event[data-event-id='" + outage + "']", history);
            assertNotNull(item, history.asNormalizedText());
            assertTrue(item.getTextContent().contains("This incident has been resolved."));
            HtmlPage otherMonth = browser.open(base, "/history?year=" + lastMonth.minusMonths(1).getYear()
                    + "&month=" + lastMonth.minusMonths(1).getMonthValue());
            assertTrue(otherMonth.querySelectorAll("article.history-event[data-event-id='" + outage + "']", otherMonth)
                    .isEmpty(), "a month shows only its own events");
            assertEquals(404, browser.open(base, "/history?year=2025&month=13").getWebResponse().getStatusCode());

            HtmlPage availability = browser.open(base, "/availability?region=EU-NL");
            DomNode row = availability.querySelector("tr[data-component-id='" + vpc + "']", availability);
            List<String> cells = texts(row, "td");
            assertEquals(6, cells.size());
            double expected = 100.0 * (1 - 360.0 / (lastMonth.lengthOfMonth() * 24 * 60));
            assertEquals(String.format(Locale.ROOT, "%.2f", expected), cells.get(4), "last month");
            assertEquals("100.00", cells.get(3));
            DomElement cell = (DomElement) row.querySelectorAll("td", row).get(4);
            assertTrue(cell.getAttribute("class").contains(expected >= 99.95 ? "availability-good" : "availability-warning"));
        }
    }

    private static Map<String, Map<String, TreeSet<String>>> catalogByRegionAndCategory() throws IOException {
        Map<String, Map<String, TreeSet<String>>> expected = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(CATALOG, StandardCharsets.UTF_8)) {
            Map<String, List<Map<String, Object>>> document = new Yaml().load(reader);
            for (Map<String, Object> component : document.get("components")) {
                @SuppressWarnings("unchecked")
                Map<String, String> attributes = (Map<String, String>) component.get("attributes");
                expected.computeIfAbsent(attributes.get("region"), region -> new TreeMap<>())
                        .computeIfAbsent(Objects.requireNonNullElse(attributes.get("category"), "Other"),
                                category -> new TreeSet<>())
                        .add((String) component.get("name"));
            }
        }
        return expected;
    }

    private static List<String> texts(DomNode root, String selector) {
        return root.querySelectorAll(selector, root).stream().map(node -> node.getTextContent().strip()).toList();
    }

    private static int componentId(String name, String region) throws SQLException {
        return DATABASE.componentId(name, region);
    }

    private static long insertEvent(String title, int impact, String type, LocalDateTime start, LocalDateTime end,
            int componentId) throws SQLException {
        return DATABASE.insertEvent(title, impact, type, false, start, end, componentId);
    }
}
