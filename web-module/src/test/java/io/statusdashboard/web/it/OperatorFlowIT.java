package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlCheckBoxInput;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An operator runs incidents and maintenances through the forms, without JavaScript, and each
 * step shows on the public pages, where automatic notes read as sentences; refusals are sentences
 * beside their field and write nothing. One check runs in headless Chromium at a phone's width.
 */
@ExtendWith(ArquillianExtension.class)
class OperatorFlowIT {

    private static final String PASSWORD = "operator-flow-password";
    /** HtmlUnit's datetime-local inputs take minutes only; the forms accept seconds too (Chromium sends them). */
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
            assertEquals("The date cannot be in the future", fieldError(future, "update:date"));
            HtmlPage beforeLatest = update(browser, id, "fixing", "Before the latest update", now.minusMinutes(25));
            assertTrue(fieldError(beforeLatest, "update:date").startsWith("The date must be after the latest update ("),
                    fieldError(beforeLatest, "update:date"));
            HtmlPage shortMessage = update(browser, id, "fixing", "Too short", now.minusMinutes(1));
            assertEquals("Between 10 and 200 characters", fieldError(shortMessage, "update:message"));
            assertEquals(updates, count(id), "nothing was written");

            HtmlPage form = browser.open(base, "/incidents/new");
            HtmlPage refused = submitOpen(form, "An incident from the future", "minor", List.of("Virtual Private Cloud (EU-NL)"),
                    now.plusHours(1), null, null);
            assertEquals("An incident cannot start in the future", fieldError(refused, "open:start"));
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
            assertEquals("region=EU-NL", started.getUrl().getQuery(), "of the maintenance's region");
            assertNotNull(started.querySelector("article.maintenance[data-event-id='" + id + "']", started),
                    "shown as maintenance in progress");

            // The window's new start: more than a year back, or after the work began (the newest
            // updates), is refused beside the start with its reason, and nothing is written.
            long written = count(id);
            HtmlPage tooOld = submitWindow(browser.open(base, "/incidents/" + id), now.minusYears(2), now.plusHours(4));
            assertEquals("The start cannot be more than a year ago", fieldError(tooOld, "update:start"));
            HtmlPage afterTheWork = submitWindow(tooOld, now.plusMinutes(30), now.plusHours(4));
            assertEquals("The window must keep every update of the maintenance inside it",
                    fieldError(afterTheWork, "update:start"));
            assertEquals(written, count(id), "nothing was written");
            HtmlPage german = submitWindow(browser.open(base, "/incidents/" + id + "?lang=de"), now.minusYears(2),
                    now.plusHours(4));
            assertEquals("Der Beginn darf höchstens ein Jahr zurückliegen", fieldError(german, "update:start"),
                    "the reason in the page's language");

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
            List<String> buttons = event.querySelectorAll(".separate-form input[type=submit]", event).stream()
                    .map(node -> ((DomElement) node).getAttribute("value")).toList();
            assertEquals(List.of("Separate Auto Scaling (EU-DE)", "Separate Elastic Cloud Server (EU-NL)"), buttons,
                    "each button names its service with the region");
            HtmlPage separated = ((HtmlElement) event.querySelector(".separate-form input[type=submit]", event)).click();
            long newId = eventId(separated);
            assertEquals("Region EU-DE degraded (Auto Scaling)",
                    separated.querySelector(".event-title", separated).getTextContent().strip());
            assertEquals(1L, ((Number) DATABASE.value("SELECT COUNT(*) FROM incident_component_relation WHERE incident_id = ?",
                    id)).longValue(), "the original keeps the other service");
            assertEquals("Auto Scaling (EU-DE) moved from incident 'Region EU-DE degraded'", texts(separated, ".update-text").get(0));
            assertEquals(List.of("moved"), texts(separated, ".update-status"), "no SYSTEM label for visitors");
            assertEquals("/incidents/" + id, ((DomElement) separated.querySelector(".update-text a", separated)).getAttribute("href"));

            // Right after the separation, the form's own date (now, to the second) is accepted.
            HtmlForm form = separated.querySelector("form.update-form", separated);
            assertTrue(form.getInputByName("update:date").getAttribute("value").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"),
                    form.getInputByName("update:date").getAttribute("value"));
            Thread.sleep(1100);
            form.getTextAreaByName("update:message").setText("Auto Scaling is looked at on its own");
            HtmlPage updated = ((HtmlElement) form.getInputByName("update:save")).click();
            assertEquals(List.of("analyzing", "moved"), texts(updated, ".update-status"), updated.asNormalizedText());
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
            visitorsReadTheClosingNoteAsASentence(first);
        }
    }

    private void visitorsReadTheClosingNoteAsASentence(long first) throws Exception {
        try (Browser visitor = new Browser()) {
            HtmlPage closed = visitor.open(base, "/incidents/" + first);
            assertEquals("Cloud Eye (EU-CH2) moved to incident 'Monitoring outage EU-CH2'."
                    + " This incident was closed because its services moved.", texts(closed, ".update-text").get(0));
            assertEquals("closed", texts(closed, ".update-status").get(0));
            String text = closed.asNormalizedText();
            assertFalse(text.contains("SYSTEM") || text.contains("category:") || text.contains("region:"), text);
            HtmlPage history = visitor.open(base, "/history");
            DomElement item = history.querySelector("article.history-event[data-event-id='" + first + "']", history);
            assertEquals("This incident was closed because its services moved to another incident.",
                    item.querySelector(".history-closing", history).getTextContent().strip());
        }
    }

    @Test
    void storedNotesOfTheOriginalDashboardsRenderAsTextWithOnlyIncidentLinks() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        long id = DATABASE.insertEvent("Old dashboard incident", 2, "incident", true, now.minusHours(2), null,
                DATABASE.componentId("Domain Name Service", "EU-DE"));
        DATABASE.insertUpdate(id, now.minusMinutes(90), "Domain Name Service (category: Network, region: EU-DE,"
                + " type: dns) moved from <a href='/incidents/7'>Older &amp; wiser</a>", "SYSTEM");
        DATABASE.insertUpdate(id, now.minusMinutes(60), "<script>alert(1)</script> <a href='https://evil.example/'>x</a>",
                "analyzing");
        try (Browser visitor = new Browser()) {
            HtmlPage page = visitor.open(base, "/incidents/" + id);
            assertEquals(List.of("<script>alert(1)</script> <a href='https://evil.example/'>x</a>",
                    "Domain Name Service (EU-DE) moved from incident 'Older & wiser'"), texts(page, ".update-text"));
            assertEquals(List.of("/incidents/7"), page.querySelectorAll(".update-text a", page).stream()
                    .map(link -> ((DomElement) link).getAttribute("href")).toList(), "only the link to an incident is one");
            assertEquals(List.of("analyzing", "moved"), texts(page, ".update-status"));
        }
    }

    @Test
    void theUpdateFormStartsFromTheEventAsItIs() throws Exception {
        try (Browser browser = signedIn()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            long id = eventId(open(browser, "Queue delays in EU-NL", "major", List.of("Distributed Message Service (EU-NL)"),
                    now.minusMinutes(30), null, null));
            update(browser, id, "fixing", "Workers are being added", now.minusMinutes(20));
            HtmlForm form = updateForm(browser.open(base, "/incidents/" + id));
            assertEquals("fixing", form.getSelectByName("update:status").getSelectedOptions().get(0).getValueAttribute());
            assertEquals("2", form.getSelectByName("update:impact").getSelectedOptions().get(0).getValueAttribute());
            assertEquals("Queue delays in EU-NL", form.getInputByName("update:title").getValue());
            LocalDateTime shown = LocalDateTime.parse(form.getInputByName("update:date").getAttribute("value"));
            assertTrue(Math.abs(java.time.Duration.between(shown, LocalDateTime.now(ZoneOffset.UTC)).toSeconds()) < 30,
                    "the date is now: " + shown);

            Thread.sleep(1100);
            form.getTextAreaByName("update:message").setText("Keeping an eye on the queues");
            form.getSelectByName("update:status").setSelectedAttribute(
                    form.getSelectByName("update:status").getOptionByValue("observing"), true);
            HtmlPage saved = ((HtmlElement) form.getInputByName("update:save")).click();
            assertEquals(List.of("observing", "fixing"), texts(saved, ".update-status"), saved.asNormalizedText());
            LocalDateTime stored = ((Timestamp) DATABASE.value("SELECT \"timestamp\" FROM incident_status"
                    + " WHERE incident_id = ? AND status = 'observing'", id)).toLocalDateTime();
            assertTrue(stored.isAfter(shown), "the date left as shown is the moment of saving: " + stored + " > " + shown);
        }
    }

    @Test
    void refusedEntriesAreSentencesBesideTheirFieldsAndWriteNothing() throws Exception {
        try (Browser browser = signedIn()) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            HtmlPage form = browser.open(base, "/incidents/new");
            HtmlPage tooOld = submitOpen(form, "An incident from long ago", "minor", List.of("Auto Scaling (EU-CH2)"),
                    now.minusYears(1).minusDays(1), null, null);
            assertEquals("The start cannot be more than a year ago", fieldError(tooOld, "open:start"));
            assertTrue(serviceCheckbox(tooOld, "Auto Scaling (EU-CH2)").isChecked(), "the choice is kept");

            form = browser.open(base, "/incidents/new");
            ((HtmlInput) form.getElementById("open:zone")).setValue("Mars/Olympus");
            serviceCheckbox(form, "Auto Scaling (EU-DE)").setValueAttribute("99999");
            HtmlPage bogus = submitOpen(form, "An incident on Mars", "minor", List.of("Auto Scaling (EU-DE)"),
                    now.minusMinutes(5), null, null);
            assertEquals("There is no time zone \u201cMars/Olympus\u201d: choose one from the list, such as Europe/Berlin or UTC",
                    fieldError(bogus, "open:zone"));
            assertEquals("There is no service \u201c99999\u201d (any more): choose services from the list",
                    fieldError(bogus, "open:services"));
            assertEquals(0L, ((Number) DATABASE.value("SELECT COUNT(*) FROM incident WHERE text IN (?, ?)",
                    "An incident from long ago", "An incident on Mars")).longValue(), "nothing was opened");

            long id = eventId(open(browser, "Load balancer resets", "minor", List.of("Elastic Load Balancing (EU-DE)"),
                    now.minusMinutes(10), null, null));
            HtmlForm update = updateForm(browser.open(base, "/incidents/" + id));
            update.getTextAreaByName("update:message").setText("Resets seen in two zones");
            update.getInputByName("update:zone").setValue("Europe/Nowhere");
            update.getSelectByName("update:status").getOptionByValue("fixing").setValueAttribute("panicking");
            update.getSelectByName("update:status").setSelectedAttribute(update.getSelectByName("update:status").getOptionByValue("panicking"), true);
            HtmlPage refused = ((HtmlElement) update.getInputByName("update:save")).click();
            assertEquals("That choice is not in the list (any more): choose one of the listed values.",
                    fieldError(refused, "update:status"));
            update = updateForm(refused);
            update.getSelectByName("update:status").setSelectedAttribute(update.getSelectByName("update:status").getOptionByValue("fixing"), true);
            refused = ((HtmlElement) update.getInputByName("update:save")).click();
            assertEquals("There is no time zone \u201cEurope/Nowhere\u201d: choose one from the list, such as Europe/Berlin or UTC",
                    fieldError(refused, "update:zone"));
            HtmlForm german = updateForm(browser.open(base, "/incidents/" + id + "?lang=de"));
            german.getTextAreaByName("update:message").setText("Resets seen in two zones");
            german.getInputByName("update:zone").setValue("Europe/Nowhere");
            HtmlPage refusedInGerman = ((HtmlElement) german.getInputByName("update:save")).click();
            assertEquals("Die Zeitzone \u201eEurope/Nowhere\u201c gibt es nicht: Wählen Sie eine aus der Liste, etwa Europe/Berlin oder UTC",
                    fieldError(refusedInGerman, "update:zone"));
            assertEquals(0L, count(id), "nothing was written");
        }
    }

    @Test
    void theServicePickerFiltersWithoutJavaScript() throws Exception {
        try (Browser browser = signedIn()) {
            HtmlPage form = browser.open(base, "/incidents/new");
            int all = form.querySelectorAll(".service-picker input[type=checkbox]", form).size();
            ((HtmlInput) form.getElementById("service-filter-text")).setValue("compute eu-nl");
            HtmlPage filtered = ((HtmlElement) form.querySelector(".service-filter button", form)).click();
            assertEquals("filter=compute+eu-nl", filtered.getUrl().getQuery());
            List<String> labels = texts(filtered, ".service-picker label.form-check-label");
            assertTrue(!labels.isEmpty() && labels.size() < all, labels + " of " + all);
            assertTrue(labels.stream().allMatch(label -> label.endsWith("(EU-NL)")), labels.toString());
            assertEquals(List.of("EU-NL"), filtered.querySelectorAll(".service-region", filtered).stream()
                    .map(region -> ((DomElement) region).getAttribute("data-region")).toList());

            HtmlPage opened = submitOpen(filtered, "Compute API slow in EU-NL", "minor", List.of(labels.get(0)),
                    LocalDateTime.now(ZoneOffset.UTC).minusMinutes(3), null, null);
            eventId(opened);
            assertEquals(labels.get(0).replace(" (EU-NL)", ""), opened.querySelector(".event-services", opened).getTextContent().strip());
        }
    }

    @Test
    void theServiceFilterWorksInChromiumWithoutJavaScriptAt390Pixels() throws Exception {
        // Debian's chromedriver, named so that Selenium does not look for a driver on the internet.
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844");
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        WebDriver chromium = new ChromeDriver(options);
        try {
            LocalLogin.signIn(chromium, base, "admin", PASSWORD);
            chromium.get(URI.create(base.toString()).resolve("/incidents/new").toString());
            WebElement filter = chromium.findElement(By.id("service-filter-text"));
            filter.sendKeys("storage eu-de");
            chromium.findElement(By.cssSelector(".service-filter button")).click();
            // The click returns before the page it asks for has loaded.
            new WebDriverWait(chromium, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("?filter="));
            assertTrue(chromium.getCurrentUrl().endsWith("/incidents/new?filter=storage+eu-de"), chromium.getCurrentUrl());
            List<WebElement> labels = chromium.findElements(By.cssSelector(".service-picker label.form-check-label"));
            assertFalse(labels.isEmpty());
            for (WebElement label : labels) {
                assertTrue(label.getText().endsWith("(EU-DE)"), label.getText());
                assertTrue(label.isDisplayed(), label.getText());
            }
            Rectangle main = chromium.findElement(By.tagName("main")).getRect();
            Rectangle button = chromium.findElement(By.cssSelector(".service-filter button")).getRect();
            assertTrue(button.getX() + button.getWidth() <= main.getX() + main.getWidth(),
                    "the filter's button fits the page's width: " + button.getX() + "+" + button.getWidth()
                            + " in " + main.getX() + "+" + main.getWidth());
            chromium.findElement(By.cssSelector("label[for='" + labels.get(0).getAttribute("for") + "']")).click();
            assertTrue(chromium.findElement(By.id(labels.get(0).getAttribute("for"))).isSelected(), "a label ticks its box");
        } finally {
            chromium.quit();
        }
    }

    @Test
    void withJavaScriptTheServiceFilterNeedsNoReload() throws Exception {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844");
        WebDriver chromium = new ChromeDriver(options);
        try {
            LocalLogin.signIn(chromium, base, "admin", PASSWORD);
            chromium.get(URI.create(base.toString()).resolve("/incidents/new").toString());
            chromium.findElement(By.id("open:title")).sendKeys("Typed before filtering");
            chromium.findElement(By.id("service-filter-text")).sendKeys("storage eu-de");
            assertTrue(chromium.getCurrentUrl().endsWith("/incidents/new"), "no reload: " + chromium.getCurrentUrl());
            assertEquals("Typed before filtering", chromium.findElement(By.id("open:title")).getAttribute("value"));
            List<String> shown = chromium.findElements(By.cssSelector(".service-picker label.form-check-label")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
            assertFalse(shown.isEmpty());
            assertTrue(shown.stream().allMatch(label -> label.endsWith("(EU-DE)")), shown.toString());
        } finally {
            chromium.quit();
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
        for (String service : services) {
            serviceCheckbox(form, service).setChecked(true);
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

    private static HtmlForm updateForm(HtmlPage event) {
        HtmlForm form = event.querySelector("form.update-form", event);
        assertNotNull(form, event.asNormalizedText());
        return form;
    }

    /** The checkbox a service's label ("Auto Scaling (EU-NL)") names. */
    static HtmlCheckBoxInput serviceCheckbox(HtmlPage form, String service) {
        for (DomNode label : form.querySelectorAll(".service-picker label", form)) {
            if (label.getTextContent().strip().equals(service)) {
                return (HtmlCheckBoxInput) form.getElementById(((DomElement) label).getAttribute("for"));
            }
        }
        throw new AssertionError("no checkbox for " + service + " in\n" + form.asNormalizedText());
    }

    private HtmlPage update(Browser browser, long id, String status, String message, LocalDateTime date) throws Exception {
        return submitUpdate(browser.open(base, "/incidents/" + id), status, message, date);
    }

    private static HtmlPage submitUpdate(HtmlPage event, String status, String message, LocalDateTime date) throws Exception {
        HtmlForm form = event.querySelector("form.update-form", event);
        form.getTextAreaByName("update:message").setText(message);
        HtmlSelect statuses = form.getSelectByName("update:status");
        HtmlOption option = statuses.getOptionByValue(status);
        statuses.setSelectedAttribute(option, true);
        form.getInputByName("update:date").setValue(date == null ? "" : INPUT.format(date));
        return ((HtmlElement) form.getInputByName("update:save")).click();
    }

    private static HtmlPage submitWindow(HtmlPage event, LocalDateTime start, LocalDateTime end) throws Exception {
        HtmlForm form = event.querySelector("form.update-form", event);
        form.getTextAreaByName("update:message").setText("The window moved by an hour");
        form.getSelectByName("update:status").setSelectedAttribute(form.getSelectByName("update:status").getOptionByValue("modified"), true);
        form.getInputByName("update:start").setValue(INPUT.format(start));
        form.getInputByName("update:end").setValue(INPUT.format(end));
        return ((HtmlElement) form.getInputByName("update:save")).click();
    }

    private static long eventId(HtmlPage event) {
        DomElement article = event.querySelector("article.event", event);
        assertNotNull(article, "an event page: " + event.getUrl() + "\n" + event.asNormalizedText());
        return Long.parseLong(article.getAttribute("data-event-id"));
    }

    /** The message beside a field of a form ("update:date", "open:start"), or null. */
    static String fieldError(HtmlPage page, String fieldId) {
        DomElement field = page.getElementById(fieldId);
        assertNotNull(field, fieldId + " in\n" + page.asNormalizedText());
        DomNode error = field.getParentNode().querySelector(".field-error", page);
        return error == null ? null : error.getTextContent().strip();
    }

    private static long count(long id) throws SQLException {
        return ((Number) DATABASE.value("SELECT COUNT(*) FROM incident_status WHERE incident_id = ?", id)).longValue();
    }

    private static List<String> texts(HtmlPage page, String selector) {
        return page.querySelectorAll(selector, page).stream().map(node -> node.getTextContent().strip()).toList();
    }
}
