package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An existing stackmon (Flask, v1) database, made by plain SQL before the dashboard starts on it:
 * the dashboard adopts it in place, keeps every row and shows its components and incidents; each
 * event gets the current status API v2 serves, from its newest timeline entry.
 */
@ExtendWith(ArquillianExtension.class)
class StackmonAdoptionIT {

    private static final TestDatabase DATABASE = new TestDatabase();

    /** The original tables and their columns, as the Flask dashboard made them. */
    private static final Map<String, String> ORIGINAL_TABLES = new LinkedHashMap<>();

    static {
        ORIGINAL_TABLES.put("component", "id, name");
        ORIGINAL_TABLES.put("component_attribute", "id, component_id, name, value");
        ORIGINAL_TABLES.put("incident", "id, text, start_date, end_date, impact, system");
        ORIGINAL_TABLES.put("incident_component_relation", "id, incident_id, component_id");
        ORIGINAL_TABLES.put("incident_status", "id, incident_id, \"timestamp\", text, status");
    }

    /** Every row before the dashboard first started, read when the database was made. */
    private static Map<String, List<List<Object>>> rowsBefore;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException, IOException {
        DATABASE.reset();
        DATABASE.executeScript("/it/stackmon-v1.sql");
        rowsBefore = DATABASE.snapshot(ORIGINAL_TABLES);
        return Deployments.dashboard(Map.of());
    }

    @Test
    void everyRowOfTheOriginalTablesIsKept() throws SQLException {
        Map<String, List<List<Object>>> rowsAfter = DATABASE.snapshot(ORIGINAL_TABLES);
        for (String table : ORIGINAL_TABLES.keySet()) {
            assertTrue(!rowsBefore.get(table).isEmpty(), table + " had rows");
            assertEquals(rowsBefore.get(table), rowsAfter.get(table), table);
        }
    }

    @Test
    void noDemoCatalogIsAddedToAnAdoptedCatalog() throws SQLException {
        assertEquals(4L, ((Number) DATABASE.value("SELECT COUNT(*) FROM component")).longValue());
    }

    @Test
    void theV3ColumnsAreAddedWithTheTypeTakenFromTheImpact() throws SQLException {
        assertEquals(List.of(List.of(1, "incident"), List.of(2, "incident"), List.of(3, "maintenance"),
                        List.of(4, "incident")),
                DATABASE.rows("SELECT id, type FROM incident ORDER BY id").stream()
                        .map(row -> List.of(((Number) row.get(0)).intValue(), row.get(1)))
                        .toList());
        assertEquals(4, DATABASE.rows("SELECT description, status, created_at, modified_at, deleted_at FROM incident"
                + " WHERE description IS NULL AND deleted_at IS NULL").size(), "the other v3 columns exist");
        assertEquals(2L, ((Number) DATABASE.value("SELECT COUNT(*) FROM flyway_history_incident WHERE success"
                + " AND version IN ('1', '2')")).longValue());
    }

    @Test
    void theStatusPageShowsTheAdoptedComponentsAndIncidents() throws IOException {
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(base, "/?region=EU-DE");
            assertEquals(200, page.getWebResponse().getStatusCode());
            assertEquals(List.of("Cloud Container Engine", "Elastic Cloud Server", "Object Storage Service"),
                    page.querySelectorAll(".component-name", page).stream().map(n -> n.getTextContent().strip()).sorted()
                            .toList());

            DomNode ecs = page.querySelector("li.component[data-component-id='1']", page);
            assertEquals("/incidents/2", ((DomElement) ecs.querySelector("a.event-link", ecs)).getAttribute("href"));
            DomNode obs = page.querySelector("li.component[data-component-id='3']", page);
            assertTrue(obs.querySelectorAll("a.event-link", obs).isEmpty(), "the closed outage is over");
            assertEquals("/incidents/3", ((DomElement) obs.querySelector("a.planned-link", obs)).getAttribute("href"));

            assertNotNull(page.querySelector("article.incident-banner[data-event-id='2']", page));
            DomNode systemIncident = page.querySelector("article.incident-banner[data-event-id='4'] .latest-update", page);
            assertEquals("/incidents/2", ((DomElement) systemIncident.querySelector("a", systemIncident)).getAttribute("href"),
                    "the original's links between incidents still work");
            assertTrue(systemIncident.querySelectorAll("img", systemIncident).isEmpty(), "other stored markup is not rendered");

            HtmlPage netherlands = browser.open(base, "/?region=EU-NL");
            assertNotNull(netherlands.querySelector("li.component[data-component-id='2']", netherlands));
        }
    }

    @Test
    void eachEventGetsTheStatusOfItsNewestTimelineEntryAndApiV2ServesTheEvents() throws Exception {
        // The future maintenance had only its description row; the maintenance clock, not the
        // migration, gives it "planned" as soon as the dashboard starts.
        assertEquals(Arrays.asList("resolved", "analyzing", "planned", null), DATABASE.rows("SELECT status FROM incident"
                + " ORDER BY id").stream().map(row -> row.get(0)).toList(), "description rows and notes are no status");
        assertEquals("{\"id\":3,\"title\":\"Storage upgrade\",\"description\":\"Firmware upgrade of the storage nodes\","
                + "\"impact\":0,\"components\":[3],\"start_date\":\"2099-06-01T22:00:00Z\","
                + "\"end_date\":\"2099-06-02T02:00:00Z\",\"system\":false,\"type\":\"maintenance\",\"status\":\"planned\"}",
                v2("/v2/events/3"), "the description row is the description, not an update");
        assertTrue(v2("/v2/events/2").endsWith(",\"status\":\"analyzing\"}"), "the Flask dashboard's spelling, as stored");
        assertTrue(v2("/v2/events?status=resolved").startsWith("{\"data\":[{\"id\":1,"));
        assertTrue(v2("/v2/events?status=resolved").endsWith("\"totalRecords\":1,\"totalPages\":1}}"));
    }

    private String v2(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
