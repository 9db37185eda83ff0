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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A status-dashboard-v3 database: adopted in place with every row and column value kept;
 * soft-deleted events stay hidden, announcements change no component's status, v3's own
 * version and author columns are used as they are; API v2 serves its events and components as v3
 * served them.
 */
@ExtendWith(ArquillianExtension.class)
class StackmonV3AdoptionIT {

    private static final TestDatabase DATABASE = new TestDatabase();
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("component", "id, name, created_at, modified_at, deleted_at");
        TABLES.put("component_attribute", "id, component_id, name, value");
        TABLES.put("incident", "id, text, start_date, end_date, impact, system, type, description, status,"
                + " created_at, modified_at, deleted_at, created_by, contact_email, version");
        TABLES.put("incident_component_relation", "incident_id, component_id");
        TABLES.put("incident_status", "id, incident_id, \"timestamp\", text, status, created_by, modified_by");
    }

    private static Map<String, List<List<Object>>> rowsBefore;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException, IOException {
        DATABASE.reset();
        DATABASE.executeScript("/it/stackmon-v3.sql");
        rowsBefore = DATABASE.snapshot(TABLES);
        return Deployments.dashboard(Map.of());
    }

    @Test
    void everyRowAndValueIsKept() throws SQLException {
        Map<String, List<List<Object>>> rowsAfter = DATABASE.snapshot(TABLES);
        for (String table : TABLES.keySet()) {
            assertTrue(!rowsBefore.get(table).isEmpty(), table + " had rows");
            assertEquals(rowsBefore.get(table), rowsAfter.get(table), table);
        }
        assertEquals(0L, ((Number) DATABASE.value("SELECT COUNT(*) FROM information_schema.columns"
                + " WHERE table_name = 'incident_status' AND column_name = 'author'")).longValue(),
                "v3's created_by column is used, nothing is added beside it");
    }

    @Test
    void deletedEventsStayHiddenAndAnnouncementsChangeNoStatus() throws IOException {
        try (Browser browser = new Browser()) {
            HtmlPage germany = browser.open(base, "/?region=EU-DE");
            DomElement cce = germany.querySelector("li.component[data-component-id='1']", germany);
            assertEquals("/incidents/1", ((DomElement) cce.querySelector("a.event-link", cce)).getAttribute("href"));

            HtmlPage netherlands = browser.open(base, "/?region=EU-NL");
            DomElement dcs = netherlands.querySelector("li.component[data-component-id='2']", netherlands);
            assertEquals("/incidents/4", ((DomElement) dcs.querySelector("a.event-link", dcs)).getAttribute("href"),
                    "the maintenance, not the deleted outage nor the announcement");
            assertNotNull(netherlands.querySelector("article.maintenance[data-event-id='4']", netherlands));
            assertTrue(netherlands.querySelectorAll("article.incident-banner[data-event-id='2']", netherlands).isEmpty());

            assertEquals(404, browser.open(base, "/incidents/2").getWebResponse().getStatusCode(), "deleted");
            HtmlPage maintenance = browser.open(base, "/incidents/4");
            assertEquals("Minor version upgrade", maintenance.querySelector(".event-description", maintenance)
                    .getTextContent().strip());
        }
    }

    @Test
    void apiV2ServesTheEventsAndComponentsAsV3ServedThem() throws Exception {
        assertEquals("[{\"id\":1,\"name\":\"Cloud Container Engine\",\"attributes\":[{\"name\":\"region\",\"value\":"
                + "\"EU-DE\"},{\"name\":\"category\",\"value\":\"Container\"},{\"name\":\"type\",\"value\":\"cce\"}]},"
                + "{\"id\":2,\"name\":\"Distributed Cache Service\",\"attributes\":[{\"name\":\"region\",\"value\":"
                + "\"EU-NL\"},{\"name\":\"category\",\"value\":\"Database\"},{\"name\":\"type\",\"value\":\"dcs\"}]}]",
                v2("/v2/components").body());
        String incident = "{\"id\":1,\"title\":\"CCE nodes not ready\",\"impact\":2,\"components\":[1],"
                + "\"start_date\":\"2025-05-01T10:00:00Z\",\"system\":false,\"type\":\"incident\",\"updates\":[{\"id\":0,"
                + "\"status\":\"analyzing\",\"text\":\"Nodes are not ready in eu-de-02\",\"timestamp\":"
                + "\"2025-05-01T10:05:00Z\"}],\"status\":\"analyzing\"}";
        String info = "{\"id\":3,\"title\":\"New region coming\",\"description\":\"EU-CH2 opens next month\","
                + "\"impact\":0,\"components\":[2],\"start_date\":\"2025-05-03T10:00:00Z\",\"system\":false,\"type\":\"info\"}";
        String maintenance = "{\"id\":4,\"title\":\"DCS patching\",\"description\":\"Minor version upgrade\","
                + "\"impact\":0,\"components\":[2],\"start_date\":\"2025-05-04T10:00:00Z\","
                + "\"end_date\":\"2099-01-01T00:00:00Z\",\"system\":false,\"type\":\"maintenance\",\"status\":\"in progress\"}";
        assertEquals(incident, v2("/v2/events/1").body());
        assertEquals(info, v2("/v2/incidents/3").body());
        assertEquals("{\"data\":[" + maintenance + "," + info + "," + incident + "],\"pagination\":{\"pageIndex\":1,"
                + "\"recordsPerPage\":50,\"totalRecords\":3,\"totalPages\":1}}", v2("/v2/events?active=true").body());
        HttpResponse<String> deleted = v2("/v2/events/2");
        assertEquals(404, deleted.statusCode());
        assertEquals("{\"errMsg\":\"event does not exist\"}", deleted.body());
    }

    private HttpResponse<String> v2(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
