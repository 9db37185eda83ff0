package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator runs incidents and maintenances through the forms, without JavaScript, and each
 * step shows on the public pages; refusals show beside their field and write nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorFlowIT {

    private static final String PASSWORD = "operator-flow-password";
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final TestDatabase DATABASE = new TestDatabase();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of("SDB_ADMIN_PASSWORD", PASSWORD));
    }

    @Test
    void anIncidentGoesThroughItsStatusesToResolvedIsReopenedAndGetsANewEnd() throws Exception {
        try (Browser browser = signedIn()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            HtmlPage event = open(browser, "ECS <b>API</b> errors", "major", List.of("Elastic Cloud Server (EU-DE)"),
                    now.minusMinutes(20), null, null);
            long id = eventId(event);
            assertEquals("ECS <b>API</b> errors", event.querySelector(".event-title", event).getTextContent().strip());

            HtmlPage index = browser.open(base, "/?region=EU-DE");
            DomElement banner = index.querySelector("article.incident-banner[data-event-id='" + id + "']", index);
            assertNotNull(banner, "the banner shows the new incident");
            assertTrue(banner.getTextContent().contains("ECS <b>API</b> errors"), "the title is text");

            event = update(browser, id, "analyzing", "We are looking into the errors", now.minusMinutes(15));
            event = update(browser, id, "fixing", "A fix is being deployed now", now.minusMinutes(10));
            event = update(browser, id, "observing", "Errors are gone, we keep watching", now.minusMinutes(5));
            assertEquals(List.of("observing", "fixing", "analyzing"), texts(event, ".update-status"));

            HtmlPage history = update(browser, id, "resolved", "The errors have stopped for good", null);
            assertEquals("/history", history.getUrl().getPath(), "resolved leads to the history");
            assertNotNull(history.querySelector("article.history-event[data-event-id='" + id + "']", history));

            Thread.sleep(1100);
            HtmlPage reopened = update(browser, id, "reopened", "The errors came back again", null);
            assertEquals("/", reopened.getUrl().getPath(), "reopened leads to the status page");
            assertNull(DATABASE.value("SELECT end_date FROM incident WHERE id = ?", id), "reopened clears the end");

            Thread.sleep(1100);
            update(browser, id, "resolved", "Resolved, this time for real", null);
            LocalDateTime newEnd = now.minusMinutes(2).withSecond(0).withNano(0);
            HtmlPage changed = update(browser, id, "changed", "The outage really ended earlier", newEnd);
            assertEquals(newEnd, ((Timestamp) DATABASE.value("SELECT end_date FROM incident WHERE id = ?", id))
                    .toLocalDateTime());
            assertTrue(changed.querySelector(".event-end", changed).getTextContent().contains(newEnd.toLocalTime().toString()));
            assertEquals("admin", DATABASE.value("SELECT created_by FROM incident_status WHERE incident_id = ? AND status = 'changed'", id),
                    "every change records the operator");
        }
    }

    @Test
    void aRefusedUpdateShowsBesideItsFieldAndWritesNothing() throws Exception {
        try (Browser browser = signedIn()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            long id = eventId(open(browser, "Network latency high", "minor", List.of("Virtual Private Cloud (EU-DE)"),
                    now.minusMinutes(30), null, null));
            update(browser, id, "analyzing", "Looking into the latency", now.minusMinutes(20));
            long updates = count(id);

            HtmlPage future = update(browser, id, "fixing", "A date in the future here", now.plusHours(2));
            assertEquals("The date cannot be in the future", fieldError(future, "date"));
            HtmlPage beforeLatest = update(browser, id, "fixing", "Before the latest update", now.minusMinutes(25));
            assertEquals("The date must be after the latest update", fieldError(beforeLatest, "date"));
            HtmlPage shortMessage = update(browser, id, "fixing", "Too short", now.minusMinutes(1));
            assertEquals("Between 10 and 200 characters", fieldError(shortMessage, "message"));
            assertEquals(updates, count(id), "nothing was written");

            HtmlPage form = browser.open(base, "/incidents/new");
            HtmlPage refused = submitOpen(form, "An incident from the future", "minor", List.of("Virtual Private Cloud (EU-NL)"),
                    now.plusHours(1), null, null);
            assertEquals("An incident cannot start in the future",
                    refused.getElementById("open:start").getParentNode().querySelector(".field-error", refused).getTextContent().strip());
            assertEquals(0L, ((Number) DATABASE.value("SELECT COUNT(*) FROM incident WHERE text = ?",
                    "An incident from the future")).longValue());
        }
    }

    @Test
    void twoOperatorsSavingTheSameEventTheSecondIsToldAndSeesTheNewState() throws Exception {
        try (Browser first = signedIn(); Browser second = signedIn()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            long id = eventId(open(first, "Database failover running", "major", List.of("Relational Database Service (EU-DE)"),
                    now.minusMinutes(30), null, null));
            HtmlPage firstPage = first.open(base, "/incidents/" + id);
            HtmlPage secondPage = second.open(base, "/incidents/" + id);

            submitUpdate(firstPage, "fixing", "The first operator saves this", now.minusMinutes(10));
            HtmlPage conflict = submitUpdate(secondPage, "observing", "The second operator saves that", now.minusMinutes(5));
            assertTrue(conflict.querySelector(".update-conflict", conflict).getTextContent().contains("Somebody else saved"));
            assertEquals(List.of("fixing"), texts(conflict, ".update-status"), "the second operator sees the new state");
            assertEquals(1L, count(id), "only the first save was written");
        }
    }

    @Test
    void aMaintenanceIsScheduledMovedStartedAndCompleted() throws Exception {
        try (Browser browser = signedIn()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            HtmlPage event = open(browser, "Storage firmware upgrade", "maintenance",
                    List.of("Object Storage Service (EU-NL)"), now.plusHours(1), now.plusHours(3), "New firmware on all nodes");
            long id = eventId(event);
            assertEquals(List.of("planned"), texts(event, ".update-status"), "stored as planned from the start");
            assertEquals("planned", DATABASE.value("SELECT status FROM incident WHERE id = ?", id));
            assertEquals("New firmware on all nodes", event.querySelector(".event-description", event).getTextContent().strip());
            assertEquals("Planned end", event.querySelector(".event-end-label", event).getTextContent().strip());
            HtmlPage index = browser.open(base, "/?region=EU-NL");
            assertNotNull(index.querySelector("article.planned-maintenance[data-event-id='" + id + "']", index));

            HtmlPage modified = submitWindow(event, now.plusHours(2), now.plusHours(4));
            assertEquals(now.plusHours(2).withSecond(0).withNano(0),
                    ((Timestamp) DATABASE.value("SELECT start_date FROM incident WHERE id = ?", id)).toLocalDateTime());
            Thread.sleep(1100);
            HtmlPage started = submitUpdate(modified, "in progress", "The upgrade has started early", null);
            assertEquals("/", started.getUrl().getPath(), "in progress leads to the status page");
            assertNotNull(started.querySelector("article.maintenance[data-event-id='" + id + "']", started),
                    "shown as maintenance in progress");

            Thread.sleep(1100);
            HtmlPage completed = update(browser, id, "completed", "All nodes run the new firmware", null);
            assertEquals("/history", completed.getUrl().getPath());
            DomElement item = completed.querySelector("article.history-event[data-event-id='" + id + "']", completed);
            assertTrue(item.getTextContent().contains("This maintenance has been completed."));
        }
    }

    @Test
    void aComponentIsSeparatedIntoANewIncident() throws Exception {
        try (Browser browser = signedIn()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            HtmlPage event = open(browser, "Region EU-DE degraded", "minor",
                    List.of("Elastic Cloud Server (EU-NL)", "Auto Scaling (EU-DE)"), now.minusMinutes(10), null, null);
            long id = eventId(event);
            assertEquals(2L, ((Number) DATABASE.value("SELECT COUNT(*) FROM incident_component_relation WHERE incident_id = ?",
                    id)).longValue(), "opened with two services");
            HtmlElement separate = event.querySelector(".separate-form button", event);
            assertNotNull(separate, event.asXml());
            String movedName = separate.getTextContent().strip();
            HtmlPage separated = separate.click();
            long newId = eventId(separated);
            assertEquals("Region EU-DE degraded (" + movedName + ")",
                    separated.querySelector(".event-title", separated).getTextContent().strip());
            assertEquals(1L, ((Number) DATABASE.value("SELECT COUNT(*) FROM incident_component_relation WHERE incident_id = ?",
                    id)).longValue(), "the original keeps the other service");
            assertTrue(texts(separated, ".update-text").get(0).contains("moved from"));
            assertTrue(newId != id);
        }
    }

    @Test
    void openingAnIncidentTakesItsServicesOutOfOtherIncidentsAndClosesAnEmptiedOne() throws Exception {
        try (Browser browser = signedIn()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            long first = eventId(open(browser, "Cloud Eye metrics delayed", "minor", List.of("Cloud Eye (EU-CH2)"),
                    now.minusMinutes(30), null, null));
            long shared = eventId(open(browser, "Logs and traces delayed", "minor",
                    List.of("Log Tank Service (EU-CH2)", "Cloud Trace Service (EU-CH2)"), now.minusMinutes(30), null, null));
            HtmlPage second = open(browser, "Monitoring outage EU-CH2", "outage",
                    List.of("Cloud Eye (EU-CH2)", "Log Tank Service (EU-CH2)"), now.minusMinutes(5), null, null);
            long moved = eventId(second);

            assertTrue(texts(second, ".update-text").stream().anyMatch(text -> text.startsWith("Cloud Eye") && text.contains("moved from")));
            assertTrue(texts(second, ".update-text").stream().anyMatch(text -> text.startsWith("Log Tank Service") && text.contains("moved from")));
            assertTrue(DATABASE.value("SELECT end_date FROM incident WHERE id = ?", first) != null,
                    "the incident that lost its only service is closed");
            assertEquals(1L, ((Number) DATABASE.value("SELECT COUNT(*) FROM incident_status WHERE incident_id = ?"
                    + " AND text LIKE ?", first, "%moved to <a href='/incidents/" + moved + "'>%, incident closed by system")).longValue());
            assertNull(DATABASE.value("SELECT end_date FROM incident WHERE id = ?", shared), "the shared one stays open");
            assertEquals(List.of("Cloud Trace Service"), DATABASE.rows("SELECT c.name FROM component c JOIN"
                    + " incident_component_relation r ON r.component_id = c.id WHERE r.incident_id = ?", shared)
                    .stream().map(row -> row.get(0)).toList());
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    private Browser signedIn() throws Exception {
        Browser browser = new Browser();
        HtmlPage landed = LocalLogin.submit(browser.open(base, "/login"), "admin", PASSWORD);
        assertNotNull(landed.querySelector(".signed-in-as", landed), "signed in");
        return browser;
    }

    private HtmlPage open(Browser browser, String title, String impact, List<String> services, LocalDateTime start,
            LocalDateTime end, String description) throws Exception {
        HtmlPage page = submitOpen(browser.open(base, "/incidents/new"), title, impact, services, start, end, description);
        assertTrue(page.getUrl().getPath().startsWith("/incidents/"), page.asNormalizedText());
        return page;
    }

    private static HtmlPage submitOpen(HtmlPage form, String title, String impact, List<String> services,
            LocalDateTime start, LocalDateTime end, String description) throws Exception {
        ((HtmlInput) form.getElementById("open:title")).setValue(title);
        HtmlSelect impacts = (HtmlSelect) form.getElementById("open:impact");
        impacts.setSelectedAttribute(impacts.getOptionByText(impact), true);
        HtmlSelect components = (HtmlSelect) form.getElementById("open:components");
        for (String service : services) {
            components.setSelectedAttribute(components.getOptionByText(service), true);
        }
        ((HtmlInput) form.getElementById("open:start")).setValue(INPUT.format(start));
        if (end != null) {
            ((HtmlInput) form.getElementById("open:end")).setValue(INPUT.format(end));
        }
        if (description != null) {
            ((HtmlTextArea) form.getElementById("open:description")).setText(description);
        }
        return ((HtmlElement) form.getElementById("open:submit")).click();
    }

    private HtmlPage update(Browser browser, long id, String status, String message, LocalDateTime date) throws Exception {
        return submitUpdate(browser.open(base, "/incidents/" + id), status, message, date);
    }

    private static HtmlPage submitUpdate(HtmlPage event, String status, String message, LocalDateTime date) throws Exception {
        HtmlForm form = event.querySelector("form.update-form", event);
        form.getTextAreaByName("message").setText(message);
        HtmlSelect statuses = form.getSelectByName("status");
        HtmlOption option = statuses.getOptionByValue(status);
        statuses.setSelectedAttribute(option, true);
        form.getInputByName("date").setValue(date == null ? "" : INPUT.format(date));
        return ((HtmlElement) form.querySelector("button[type=submit]", form)).click();
    }

    private static HtmlPage submitWindow(HtmlPage event, LocalDateTime start, LocalDateTime end) throws Exception {
        HtmlForm form = event.querySelector("form.update-form", event);
        form.getTextAreaByName("message").setText("The window moved by an hour");
        form.getSelectByName("status").setSelectedAttribute(form.getSelectByName("status").getOptionByValue("modified"), true);
        form.getInputByName("start").setValue(INPUT.format(start));
        form.getInputByName("end").setValue(INPUT.format(end));
        return ((HtmlElement) form.querySelector("button[type=submit]", form)).click();
    }

    private static long eventId(HtmlPage event) {
        DomElement article = event.querySelector("article.event", event);
        assertNotNull(article, "an event page: " + event.getUrl() + "\n" + event.asNormalizedText());
        return Long.parseLong(article.getAttribute("data-event-id"));
    }

    private static String fieldError(HtmlPage page, String field) {
        DomElement error = page.querySelector(".update-form .field-error[data-field='" + field + "']", page);
        return error == null ? null : error.getTextContent().strip();
    }

    private static long count(long id) throws SQLException {
        return ((Number) DATABASE.value("SELECT COUNT(*) FROM incident_status WHERE incident_id = ?", id)).longValue();
    }

    private static List<String> texts(HtmlPage page, String selector) {
        return page.querySelectorAll(selector, page).stream().map(node -> node.getTextContent().strip()).toList();
    }
}
