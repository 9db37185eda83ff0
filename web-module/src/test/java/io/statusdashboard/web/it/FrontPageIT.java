package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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
 * What the front page and the incident page tell a visitor: the region's verdict, its own events
 * with the other regions' counted, the past week by day, 90-day uptime bars, and an event's
 * current status. Each test works in regions of its own (see it/front-page-catalog.yaml), so
 * their events do not meet.
 */
@ExtendWith(ArquillianExtension.class)
class FrontPageIT {

    private static final TestDatabase DATABASE = new TestDatabase();

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of(
                "SDB_CATALOG_FILE", Deployments.testCatalog("front-page-catalog.yaml"),
                "SDB_DEFAULT_REGION", "EU-DE"));
    }

    @Test
    void regionTabsFollowTheCatalogAndTheConfiguredRegionComesFirst() throws IOException {
        try (Browser browser = new Browser()) {
            HtmlPage front = browser.open(base, "/");
            assertEquals(List.of("EU-NL", "EU-DE", "EU-CH2", "EU-PAST", "AP-QUIET"), texts(front, "ul.region-switch a"),
                    "the catalog file's order, not the alphabet's");
            assertEquals("EU-DE", front.querySelector("ul.region-switch a.active", front).getTextContent().strip());
            assertEquals("/?region=EU-NL",
                    ((DomElement) front.querySelector("ul.region-switch a", front)).getAttribute("href"), "a plain link");

            HtmlPage quiet = browser.open(base, "/?region=AP-QUIET");
            assertEquals("OPERATIONAL", verdict(quiet));
            assertEquals("All systems operational in AP-QUIET", quiet.querySelector("h1", quiet).getTextContent().strip());
        }
    }

    @Test
    void aRegionShowsItsOwnEventsItsWorstIncidentAsVerdictAndCountsTheOtherRegions() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long minorDe = DATABASE.insertEvent("Storage slow in DE", 1, "incident", false, now.minusHours(2), null,
                componentId("Object Storage Service", "EU-DE"));
        long majorDe = DATABASE.insertEvent("Compute errors in DE", 2, "incident", false, now.minusHours(1), null,
                componentId("Elastic Cloud Server", "EU-DE"));
        long outageNl = DATABASE.insertEvent("Compute down in NL", 3, "incident", false, now.minusHours(1), null,
                componentId("Elastic Cloud Server", "EU-NL"));
        long worksCh = DATABASE.insertEvent("Works in CH2", 0, "maintenance", false, now.minusHours(1), now.plusHours(2),
                componentId("Elastic Cloud Server", "EU-CH2"));
        long plannedCh = DATABASE.insertEvent("Planned works in CH2", 0, "maintenance", false, now.plusDays(1),
                now.plusDays(1).plusHours(2), componentId("Elastic Cloud Server", "EU-CH2"));

        try (Browser browser = new Browser()) {
            HtmlPage germany = browser.open(base, "/?region=EU-DE");
            assertEquals("PARTIAL_OUTAGE", verdict(germany), "the worst open incident here is major");
            assertTrue(germany.querySelector("h1", germany).getTextContent().contains("Partial outage"));
            assertEquals(List.of(String.valueOf(majorDe), String.valueOf(minorDe)),
                    attributes(germany, "article.incident-banner", "data-event-id"), "only this region's, newest first");
            assertTrue(germany.querySelectorAll("article.maintenance, article.planned-maintenance", germany).isEmpty(),
                    "CH2's maintenances stay on their tab");
            assertEquals(List.of("EU-NL: 1 open event", "EU-CH2: 1 open event"), texts(germany, "a.other-region"));
            assertEquals(List.of("/?region=EU-NL", "/?region=EU-CH2"), attributes(germany, "a.other-region", "href"));

            HtmlPage netherlands = browser.open(base, "/?region=EU-NL");
            assertEquals("MAJOR_OUTAGE", verdict(netherlands));
            assertEquals(List.of(String.valueOf(outageNl)),
                    attributes(netherlands, "article.incident-banner", "data-event-id"));

            HtmlPage switzerland = browser.open(base, "/?region=EU-CH2");
            assertEquals("MAINTENANCE", verdict(switzerland), "no incident, a maintenance under way");
            assertTrue(switzerland.querySelectorAll("article.incident-banner", switzerland).isEmpty());
            assertEquals(List.of(String.valueOf(worksCh)), attributes(switzerland, "article.maintenance", "data-event-id"));
            assertEquals(List.of(String.valueOf(plannedCh)),
                    attributes(switzerland, "article.planned-maintenance", "data-event-id"));
            assertEquals(List.of("EU-NL: 1 open event", "EU-DE: 2 open events"), texts(switzerland, "a.other-region"));

            HtmlPage open = browser.open(base, "/incidents/" + majorDe);
            assertEquals("Ongoing", open.querySelector(".current-status", open).getTextContent().strip());
            assertTrue(((DomElement) open.querySelector("h1 .event-icon", open)).getAttribute("class")
                    .contains("bi-exclamation-triangle-fill"), "a major incident's icon while it lasts");
            HtmlPage planned = browser.open(base, "/incidents/" + plannedCh);
            assertEquals("Planned", planned.querySelector(".current-status", planned).getTextContent().strip());
        }
    }

    @Test
    void pastIncidentsListTheLastSevenDaysByDayAndSayWhenADayWasQuiet() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();
        int ecs = componentId("Elastic Cloud Server", "EU-PAST");
        int obs = componentId("Object Storage Service", "EU-PAST");
        LocalDateTime twoDaysAgo = today.minusDays(2).atTime(8, 0);
        long outage = DATABASE.insertEvent("Past outage", 3, "incident", false, twoDaysAgo, twoDaysAgo.plusHours(6), ecs);
        DATABASE.insertUpdate(outage, twoDaysAgo.plusHours(6), "Fixed", "resolved");
        LocalDateTime threeDaysAgo = today.minusDays(3).atTime(1, 0);
        long works = DATABASE.insertEvent("Past works", 0, "maintenance", false, threeDaysAgo, threeDaysAgo.plusHours(2), obs);
        long older = DATABASE.insertEvent("Older incident", 1, "incident", false, today.minusDays(10).atTime(12, 0),
                today.minusDays(10).atTime(13, 0), ecs);

        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(base, "/?region=EU-PAST");
            List<String> days = attributes(page, "section.past-day", "data-date");
            assertEquals(7, days.size());
            for (int i = 0; i < 7; i++) {
                assertEquals(today.minusDays(i).toString(), days.get(i), "newest day first");
            }
            assertEquals(List.of(String.valueOf(outage)), eventsOn(page, today.minusDays(2)));
            assertEquals(List.of(String.valueOf(works)), eventsOn(page, today.minusDays(3)));
            assertEquals(List.of(), eventsOn(page, today.minusDays(1)));
            DomNode quiet = page.querySelector("section.past-day[data-date='" + today.minusDays(1) + "']", page);
            assertEquals("No incidents reported.", quiet.querySelector(".no-incidents", quiet).getTextContent().strip());
            assertFalse(page.asXml().contains("data-event-id=\"" + older + "\""), "ten days ago is not the past week");
            DomNode listed = page.querySelector("li.past-incident[data-event-id='" + outage + "']", page);
            assertEquals("Resolved", listed.querySelector(".event-badge", listed).getTextContent().strip());

            HtmlPage resolved = browser.open(base, "/incidents/" + outage);
            assertEquals("Resolved", resolved.querySelector(".current-status", resolved).getTextContent().strip());
            String icon = ((DomElement) resolved.querySelector("h1 .event-icon", resolved)).getAttribute("class");
            assertTrue(icon.contains("bi-check-circle-fill") && !icon.contains("exclamation"),
                    "a resolved incident shows no warning: " + icon);
            DomElement back = (DomElement) resolved.querySelector(".back-link a", resolved);
            assertEquals("/?region=EU-PAST", back.getAttribute("href"));
        }
    }

    @Test
    void eachComponentHasANinetyDayBarWithItsDaysAsTextAndThePeriodsUptime() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();
        int vpc = componentId("Virtual Private Cloud", "EU-PAST");
        LocalDateTime fiveDaysAgo = today.minusDays(5).atTime(10, 0);
        DATABASE.insertEvent("Network degraded", 2, "incident", false, fiveDaysAgo, fiveDaysAgo.plusHours(1), vpc);
        LocalDateTime twentyDaysAgo = today.minusDays(20).atTime(22, 0);
        // Crosses midnight: both days are marked.
        DATABASE.insertEvent("Network down", 3, "incident", false, twentyDaysAgo, twentyDaysAgo.plusHours(4), vpc);
        DATABASE.insertEvent("Network down long ago", 3, "incident", false, today.minusDays(120).atTime(1, 0),
                today.minusDays(120).atTime(5, 0), vpc);

        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(base, "/?region=EU-PAST");
            DomNode line = page.querySelector("li.component[data-component-id='" + vpc + "']", page);
            DomElement bar = (DomElement) line.querySelector("svg.uptime-bar", line);
            assertNotNull(bar, "a bar per component");
            assertEquals("Last 90 days", bar.getAttribute("aria-label"));
            assertEquals(List.of(
                            "No incidents: " + days(today.minusDays(89), today.minusDays(21)) + ", "
                                    + days(today.minusDays(18), today.minusDays(6)) + ", " + days(today.minusDays(4), today),
                            "Partial outage: " + days(today.minusDays(5), today.minusDays(5)),
                            "Major outage: " + days(today.minusDays(20), today.minusDays(19))),
                    texts(bar, "path > title"), "every day named with its date, one text per colour");
            List<DomElement> marks = line.querySelectorAll("svg.uptime-bar path", line).stream()
                    .map(DomElement.class::cast).toList();
            assertEquals(List.of("d0", "d3", "d4"), marks.stream().map(mark -> mark.getAttribute("class")).toList(),
                    "coloured by the worst impact of the day");
            assertEquals(List.of("M0 4h90", "M84 4h1", "M69 4h2"), marks.stream().map(mark -> mark.getAttribute("d")).toList(),
                    "the good days under the whole bar, each other run where its days are");
            double elapsed = 89 * 24 * 60 + now.getHour() * 60 + now.getMinute();
            String percent = line.querySelector(".uptime-percent", line).getTextContent().strip();
            assertEquals(100 * (1 - 240 / elapsed), Double.parseDouble(percent.replace(" %", "")), 0.011,
                    "the outage inside the period counts, the one before it not: " + percent);
            assertTrue(page.querySelector(".uptime-explained", page).getTextContent().contains("last 90 days"));

            HtmlPage quiet = browser.open(base, "/?region=AP-QUIET");
            assertEquals(List.of("100.00 %"), texts(quiet, ".uptime-percent"));
            assertEquals(List.of("No incidents: " + days(today.minusDays(89), today)), texts(quiet, "svg.uptime-bar title"));
        }
    }

    @Test
    void pagesSpeakTheVisitorsLanguageAndTheCacheKeepsEachLanguageApart() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String english = "All systems operational";
        String german = "Alle Systeme betriebsbereit";
        HttpResponse<String> first = get("/?region=AP-QUIET", "en-US,en;q=0.9");
        assertTrue(first.body().contains("<html lang=\"en\""), "the page names its language");
        assertTrue(first.body().contains(english));
        assertEquals("Accept-Encoding, Accept-Language", first.headers().firstValue("Vary").orElse(null));

        HttpResponse<String> inGerman = get("/?region=AP-QUIET", "de-DE");
        assertTrue(inGerman.body().contains("<html lang=\"de\""), inGerman.body());
        assertTrue(inGerman.body().contains(german) && !inGerman.body().contains(english), "not the cached English copy");
        assertTrue(inGerman.body().contains("Keine Störungen: " + DateTimeFormatter.ofPattern("d.M.").format(today.minusDays(89))),
                "German dates");
        assertTrue(inGerman.body().contains("100,00 %"), "a German decimal comma");
        assertTrue(inGerman.body().contains("href=\"/?region=AP-QUIET&amp;lang=en\""), "the switch back to English");
        assertEquals("Accept-Encoding, Accept-Language", inGerman.headers().firstValue("Vary").orElse(null));

        HttpResponse<String> austrian = get("/?region=AP-QUIET", "de-AT,de;q=0.9,en;q=0.5");
        assertEquals("hit", austrian.headers().firstValue("X-Cache").orElse(null), "one German copy for every German variant");
        assertTrue(austrian.body().contains(german));
        HttpResponse<String> again = get("/?region=AP-QUIET", null);
        assertEquals("hit", again.headers().firstValue("X-Cache").orElse(null));
        assertTrue(again.body().contains(english) && !again.body().contains(german), "the English copy stays English");

        HttpResponse<String> chosen = get("/?region=AP-QUIET&lang=en", "de-DE");
        assertTrue(chosen.body().contains("<html lang=\"en\"") && chosen.body().contains(english), "?lang=en wins");
        HttpResponse<String> chosenGerman = get("/?region=AP-QUIET&lang=de", "en-US");
        assertTrue(chosenGerman.body().contains("<html lang=\"de\"") && chosenGerman.body().contains(german));

        HttpResponse<String> feed = get("/rss/?mt=AP-QUIET", "de-DE");
        assertEquals(200, feed.statusCode());
        assertFalse(feed.headers().firstValue("Vary").orElse("").contains("Accept-Language"), "feeds are English for everyone");
    }

    @Test
    void aGermanIncidentPageWordsItsTimelineInGermanAndKeepsTheOperatorsWords() throws Exception {
        // Long closed, so it shows on no front page, past week or uptime bar the other tests count.
        LocalDateTime start = LocalDate.now(ZoneOffset.UTC).minusDays(200).atTime(9, 0);
        long incident = DATABASE.insertEvent("Compute slow in NL", 1, "incident", false, start, start.plusHours(3),
                componentId("Elastic Cloud Server", "EU-NL"));
        DATABASE.insertUpdate(incident, start.plusMinutes(10), "Wir prüfen die Ursache.", "analyzing");
        DATABASE.insertUpdate(incident, start.plusMinutes(20), "impact changed from minor to major", "SYSTEM");
        DATABASE.insertUpdate(incident, start.plusMinutes(30),
                "Elastic Cloud Server (category: Compute, region: EU-NL, type: ecs) moved to <a href='/incidents/1'>Old &amp; new</a>",
                "SYSTEM");
        DATABASE.insertUpdate(incident, start.plusHours(3), "Fixed", "resolved");

        try (Browser browser = new Browser()) {
            HtmlPage german = browser.open(base, "/incidents/" + incident + "?lang=de");
            assertEquals(List.of("behoben", "verschoben", "Auswirkung geändert", "wird untersucht"),
                    texts(german, "li.update .update-status"), "newest first, every word German");
            assertEquals(List.of("Fixed", "Elastic Cloud Server (EU-NL) wurde in die Störung „Old & new“ verschoben",
                            "Auswirkung geändert von gering auf erheblich", "Wir prüfen die Ursache."),
                    texts(german, "li.update .update-text"), "the notes in German, the operators' words as written");
            DomElement link = (DomElement) german.querySelector("li.update .update-text a", german);
            assertEquals("/incidents/1", link.getAttribute("href"));

            HtmlPage english = browser.open(base, "/incidents/" + incident + "?lang=en");
            assertEquals(List.of("resolved", "moved", "impact changed", "analyzing"),
                    texts(english, "li.update .update-status"));
            assertTrue(texts(english, "li.update .update-text")
                    .contains("Elastic Cloud Server (EU-NL) moved to incident 'Old & new'"));
        }
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A run of days as the English bar writes it: "Sep 4", "Sep 4–14", "Sep 29–Oct 2". */
    private static String days(LocalDate first, LocalDate last) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
        if (first.equals(last)) {
            return day.format(first);
        }
        return day.format(first) + "–" + (first.getMonth() == last.getMonth()
                ? String.valueOf(last.getDayOfMonth()) : day.format(last));
    }

    private static String verdict(HtmlPage page) {
        return ((DomElement) page.querySelector(".verdict", page)).getAttribute("data-verdict");
    }

    private static List<String> eventsOn(HtmlPage page, LocalDate day) {
        DomNode section = page.querySelector("section.past-day[data-date='" + day + "']", page);
        return attributes(section, "li.past-incident", "data-event-id");
    }

    private static List<String> texts(DomNode root, String selector) {
        return root.querySelectorAll(selector, root).stream().map(node -> node.getTextContent().strip()).toList();
    }

    private static List<String> attributes(DomNode root, String selector, String attribute) {
        return root.querySelectorAll(selector, root).stream()
                .map(node -> ((DomElement) node).getAttribute(attribute)).toList();
    }

    private static int componentId(String name, String region) throws SQLException {
        return DATABASE.componentId(name, region);
    }
}
