package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The maintenance review flow through API v2 with provider tokens of each role
 * (mock-oauth2-server): a creator's request stays invisible to visitors everywhere (API, pages,
 * feeds, Statuspage JSON, API v1) until an operator approved it and the maintenance clock planned
 * it; only its creator may change it while it waits; two approvals at once give one 200 and one
 * 409, and nothing changes for the second.
 */
@ExtendWith(ArquillianExtension.class)
class MaintenanceReviewIT {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final TestDatabase DATABASE = new TestDatabase();
    private static OpenIdProvider provider;

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        provider = OpenIdProvider.start();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("SDB_SECRET_KEY", "it-secret");
        settings.putAll(provider.roleSettings());
        // The clock publishes approved requests and runs their windows within seconds.
        settings.put("SDB_CHECKER_INTERVAL_S", "2");
        return Deployments.dashboard(settings);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.stop();
        }
    }

    @Test
    void aRequestIsUnseenUntilApprovedAndPlannedThenRunsItsWindow() throws Exception {
        String carla = provider.token("carla", "sd-creators");
        String chris = provider.token("chris", "sd-creators");
        String oscar = provider.token("oscar", "sd-operators");
        String title = "Storage firmware upgrade " + System.nanoTime();
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        long id = requestMaintenance(carla, title, tomorrow, tomorrow.plusSeconds(7200), "carla@example.com");
        JsonObject seenByCarla = json(get("/v2/events/" + id, carla).body());
        assertEquals("pending review", seenByCarla.getString("status"));
        assertEquals("carla", seenByCarla.getString("creator"));
        assertEquals("carla@example.com", seenByCarla.getString("contact_email"));
        assertNothingShowsToVisitors(id, title);

        // Only its creator changes it while it waits, and nobody but an operator approves it.
        assertEquals(403, patch(id, chris, "{\"status\":\"cancelled\",\"message\":\"Not needed\","
                + "\"update_date\":\"" + Instant.now() + "\"}").statusCode());
        HttpResponse<String> selfApproval = patch(id, carla, approval(seenByCarla.getInt("version")));
        assertEquals(403, selfApproval.statusCode(), selfApproval.body());
        HttpResponse<String> edited = patch(id, carla, "{\"status\":\"pending review\",\"message\":\"Longer window\","
                + "\"update_date\":\"" + Instant.now() + "\",\"end_date\":\"" + tomorrow.plusSeconds(10800) + "\"}");
        assertEquals(200, edited.statusCode(), edited.body());
        int version = json(edited.body()).getInt("version");
        assertTrue(version > seenByCarla.getInt("version"), "a save raises the version");

        HttpResponse<String> stale = patch(id, oscar, approval(seenByCarla.getInt("version")));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().startsWith("{\"errMsg\":"), stale.body());

        // Two operators approve what they both saw, at once: one wins, the other is told.
        List<Integer> answers = inParallel(() -> patch(id, oscar, approval(version)).statusCode(),
                () -> patch(id, provider.token("olga", "sd-operators"), approval(version)).statusCode());
        assertEquals(List.of(200, 409), answers.stream().sorted().toList());
        JsonObject reviewed = json(get("/v2/events/" + id, oscar).body());
        assertTrue(List.of("reviewed", "planned").contains(reviewed.getString("status")), reviewed.toString());
        assertEquals(1, statuses(reviewed).stream().filter("reviewed"::equals).count(),
                "the losing approval wrote nothing");
        assertEquals(403, patch(id, carla, "{\"status\":\"cancelled\",\"message\":\"Not needed\","
                + "\"update_date\":\"" + Instant.now() + "\"}").statusCode(), "reviewed: no longer the creator's");

        // The clock plans it, and from then on it is everybody's maintenance.
        JsonObject planned = awaitAnonymous(id, event -> event.getString("status").equals("planned"));
        assertFalse(planned.containsKey("creator"), "visitors never see who asked");
        assertFalse(planned.containsKey("contact_email"));
        assertTrue(get("/api/v2/scheduled-maintenances/upcoming.json", null).body().contains(title),
                "published in the Statuspage JSON");
    }

    @Test
    void anApprovedRequestRunsThroughItsWindow() throws Exception {
        String title = "Short window " + System.nanoTime();
        Instant start = Instant.now().plusSeconds(25).truncatedTo(ChronoUnit.SECONDS);
        long id = requestMaintenance(provider.token("carla", "sd-creators"), title, start, start.plusSeconds(5),
                "carla@example.com");
        String oscar = provider.token("oscar", "sd-operators");
        int version = json(get("/v2/events/" + id, oscar).body()).getInt("version");
        HttpResponse<String> approved = patch(id, oscar, approval(version));
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("reviewed", json(approved.body()).getString("status"));

        JsonObject completed = awaitAnonymous(id, event -> event.getString("status").equals("completed"));
        assertEquals(List.of("pending review", "reviewed", "planned", "in progress", "completed"), statuses(completed));
    }

    @Test
    void creatorsRequestMaintenancesOnlyAndWithTheirContactInTheFuture() throws Exception {
        String carla = provider.token("carla", "sd-creators");
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> incident = post("/v2/events", carla, "{\"title\":\"Errors\",\"impact\":2,"
                + "\"components\":[1],\"start_date\":\"" + Instant.now().minusSeconds(60) + "\",\"type\":\"incident\"}");
        assertEquals(403, incident.statusCode(), incident.body());
        HttpResponse<String> withoutContact = post("/v2/events", carla, maintenance("No contact", tomorrow,
                tomorrow.plusSeconds(3600), null));
        assertEquals(400, withoutContact.statusCode());
        assertEquals("{\"errMsg\":\"contact_email is required for a maintenance request\"}", withoutContact.body());
        HttpResponse<String> badContact = post("/v2/events", carla, maintenance("Bad contact", tomorrow,
                tomorrow.plusSeconds(3600), "carla"));
        assertEquals("{\"errMsg\":\"contact_email is not a valid e-mail address\"}", badContact.body());
        HttpResponse<String> past = post("/v2/events", carla, maintenance("Started", Instant.now().minusSeconds(60),
                tomorrow, "carla@example.com"));
        assertEquals("{\"errMsg\":\"a maintenance request's window must lie wholly in the future\"}", past.body());
        assertEquals(403, post("/v2/components", carla, "{\"name\":\"x\"}").statusCode());

        // An operator's maintenance is planned at once, no contact needed.
        HttpResponse<String> operators = post("/v2/events", provider.token("oscar", "sd-operators"),
                maintenance("Operator's window", tomorrow, tomorrow.plusSeconds(3600), null));
        assertEquals(200, operators.statusCode(), operators.body());
        long id = json(operators.body()).getJsonArray("result").getJsonObject(0).getJsonNumber("incident_id").longValue();
        assertEquals("planned", json(get("/v2/events/" + id, null).body()).getString("status"));
    }

    @Test
    void aCreatorRequestsOnThePagesAndAnOperatorApprovesWithTheVersionSeen() throws Exception {
        String title = "Network switch replacement " + System.nanoTime();
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(2).withSecond(0).withNano(0);
        long id;
        try (Browser carla = new Browser()) {
            HtmlPage form = OpenIdProvider.signInTo(carla.open(base, "/login?returnTo=/maintenance/request"), "carla", "sd-creators");
            assertEquals("/maintenance/request", form.getUrl().getPath(), form.asNormalizedText());
            assertNotNull(form.querySelector(".request-maintenance-link", form), "the header offers requests");
            assertNull(form.querySelector(".open-event-link", form), "creators open no incidents");
            assertEquals(403, carla.open(base, "/incidents/new").getWebResponse().getStatusCode());
            assertEquals(403, carla.open(base, "/operator/reviews").getWebResponse().getStatusCode());

            ((HtmlInput) form.getElementById("request:title")).setValue(title);
            ((HtmlCheckBoxInput) form.querySelector(".service-picker input[type=checkbox]")).setChecked(true);
            ((HtmlInput) form.getElementById("request:start")).setValue(INPUT.format(start));
            ((HtmlInput) form.getElementById("request:end")).setValue(INPUT.format(start.plusHours(2)));
            // A zone that does not exist and a service id nobody has: sentences beside their fields, not UTC
            // in silence nor Faces' "Validation Error", and the times given are not called missing.
            ((HtmlInput) form.getElementById("request:zone")).setValue("Mars/Olympus");
            HtmlCheckBoxInput bogusService = (HtmlCheckBoxInput) form.querySelectorAll(".service-picker input[type=checkbox]").get(1);
            bogusService.setValueAttribute("99999");
            bogusService.setChecked(true);
            HtmlPage bogus = ((HtmlElement) form.getElementById("request:submit")).click();
            assertEquals("There is no time zone \u201cMars/Olympus\u201d: choose one from the list, such as Europe/Berlin or UTC",
                    OperatorFlowIT.fieldError(bogus, "request:zone"));
            assertEquals("There is no service \u201c99999\u201d (any more): choose services from the list",
                    OperatorFlowIT.fieldError(bogus, "request:services"));
            assertNull(OperatorFlowIT.fieldError(bogus, "request:start"), "the start was given");
            assertEquals(0L, ((Number) DATABASE.value("SELECT COUNT(*) FROM incident WHERE text = ?", title)).longValue(),
                    "nothing was requested");

            ((HtmlInput) bogus.getElementById("request:zone")).setValue("UTC");
            HtmlPage refused = ((HtmlElement) bogus.getElementById("request:submit")).click();
            String refusedHtml = refused.getWebResponse().getContentAsString();
            assertTrue(refusedHtml.contains("The contact e-mail is required for a maintenance request."), refusedHtml);

            ((HtmlInput) refused.getElementById("request:contact")).setValue("carla@example.com");
            HtmlPage requested = ((HtmlElement) refused.getElementById("request:submit")).click();
            assertTrue(requested.getUrl().getPath().startsWith("/incidents/"), requested.asNormalizedText());
            id = Long.parseLong(requested.getUrl().getPath().substring("/incidents/".length()));
            assertEquals("carla", requested.querySelector(".event-creator", requested).getTextContent().strip());
            assertEquals("carla@example.com", requested.querySelector(".event-contact", requested).getTextContent().strip());
        }
        assertEquals(404, get("/incidents/" + id, null).statusCode(), "visitors: no such page");

        try (Browser oscar = new Browser()) {
            HtmlPage reviews = OpenIdProvider.signInTo(oscar.open(base, "/login?returnTo=/operator/reviews"), "oscar", "sd-operators");
            assertTrue(reviews.querySelector(".review-link", reviews).getTextContent().matches("\\d+ to review"));
            HtmlElement row = reviews.querySelector(".review-request[data-event-id='" + id + "']", reviews);
            assertNotNull(row, reviews.asNormalizedText());
            assertEquals("carla@example.com", row.querySelector(".request-contact", row).getTextContent().strip());

            // The creator edits the request after the operator opened the list: that approval is stale.
            HttpResponse<String> edited = patch(id, provider.token("carla", "sd-creators"), "{\"status\":\"pending review\","
                    + "\"message\":\"One hour more\",\"update_date\":\"" + Instant.now() + "\"}");
            assertEquals(200, edited.statusCode(), edited.body());
            HtmlPage stale = ((HtmlElement) row.querySelector(".approve-button", row)).click();
            assertTrue(stale.asNormalizedText().contains("nothing was approved"), stale.asNormalizedText());
            assertEquals("pending review", json(get("/v2/events/" + id, provider.token("oscar", "sd-operators")).body())
                    .getString("status"), "nothing changed");

            HtmlElement fresh = stale.querySelector(".review-request[data-event-id='" + id + "']", stale);
            HtmlPage approved = ((HtmlElement) fresh.querySelector(".approve-button", fresh)).click();
            assertTrue(approved.querySelector(".approved-message", approved).getTextContent().contains(title));
            assertNull(approved.querySelector(".review-request[data-event-id='" + id + "']", approved));
            JsonObject reviewed = json(get("/v2/events/" + id, provider.token("oscar", "sd-operators")).body());
            assertTrue(List.of("reviewed", "planned").contains(reviewed.getString("status")), reviewed.toString());

            HtmlPage activity = oscar.open(base, "/operator/activity");
            HtmlElement newest = activity.querySelector(".activity-entry", activity);
            assertNotNull(newest, activity.asNormalizedText());
            assertTrue(activity.asNormalizedText().contains(title), "which event");
            assertTrue(activity.querySelectorAll(".activity-author").stream()
                    .anyMatch(author -> author.getTextContent().strip().equals("oscar")), "who approved");
        }
        JsonObject published = awaitAnonymous(id, event -> event.getString("status").equals("planned"));
        assertFalse(published.containsKey("contact_email"));
        try (Browser visitor = new Browser()) {
            HtmlPage visitorsPage = visitor.open(base, "/incidents/" + id);
            assertEquals(200, visitorsPage.getWebResponse().getStatusCode());
            assertNull(visitorsPage.querySelector(".event-contact", visitorsPage), "contact for signed-in people only");
            assertNull(visitorsPage.querySelector(".event-creator", visitorsPage));
        }
    }

    @Test
    void aCreatorChangesOrCancelsTheirOwnRequestOnItsPageUntilItIsReviewed() throws Exception {
        Instant day = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String carlaToken = provider.token("carla", "sd-creators");
        String oscarToken = provider.token("oscar", "sd-operators");
        long edited = requestMaintenance(carlaToken, "Disk swap " + System.nanoTime(), day, day.plusSeconds(3600),
                "carla@example.com");
        long cancelled = requestMaintenance(carlaToken, "Firmware " + System.nanoTime(), day, day.plusSeconds(3600),
                "carla@example.com");
        LocalDateTime newStart = LocalDateTime.ofInstant(day, ZoneOffset.UTC).plusDays(1).withSecond(0);
        try (Browser carla = new Browser()) {
            HtmlPage page = OpenIdProvider.signInTo(carla.open(base, "/login?returnTo=/incidents/" + edited), "carla", "sd-creators");
            assertEquals("/incidents/" + edited, page.getUrl().getPath(), page.asNormalizedText());
            assertNotNull(page.querySelector(".own-request", page), page.asNormalizedText());

            ((HtmlInput) page.getElementById("own-request:zone")).setValue("Europe/Nowhere");
            HtmlPage noZone = ((HtmlElement) page.getElementById("own-request:save")).click();
            assertEquals("There is no time zone \u201cEurope/Nowhere\u201d: choose one from the list, such as Europe/Berlin or UTC",
                    OperatorFlowIT.fieldError(noZone, "own-request:zone"));
            assertEquals(day.toString(), json(get("/v2/events/" + edited, oscarToken).body()).getString("start_date"),
                    "nothing changed");

            ((HtmlInput) noZone.getElementById("own-request:zone")).setValue("UTC");
            ((HtmlInput) noZone.getElementById("own-request:start")).setValue(INPUT.format(
                    LocalDateTime.now(ZoneOffset.UTC).minusHours(1)));
            HtmlPage past = ((HtmlElement) noZone.getElementById("own-request:save")).click();
            assertTrue(past.asNormalizedText().contains("A maintenance request's window must lie wholly in the future."),
                    past.asNormalizedText());
            assertEquals(day.toString(), json(get("/v2/events/" + edited, oscarToken).body()).getString("start_date"),
                    "nothing changed");

            ((HtmlInput) past.getElementById("own-request:title")).setValue("Disk swap, moved");
            ((HtmlTextArea) past.getElementById("own-request:description")).setText("Two disks");
            ((HtmlInput) past.getElementById("own-request:start")).setValue(INPUT.format(newStart));
            ((HtmlInput) past.getElementById("own-request:end")).setValue(INPUT.format(newStart.plusHours(2)));
            ((HtmlInput) past.getElementById("own-request:contact")).setValue("storage@example.com");
            HtmlPage saved = ((HtmlElement) past.getElementById("own-request:save")).click();
            assertEquals("/incidents/" + edited, saved.getUrl().getPath(), saved.asNormalizedText());
            JsonObject changed = json(get("/v2/events/" + edited, oscarToken).body());
            assertEquals("Disk swap, moved", changed.getString("title"));
            assertEquals("Two disks", changed.getString("description"));
            assertEquals(newStart.toInstant(ZoneOffset.UTC).toString(), changed.getString("start_date"));
            assertEquals("storage@example.com", changed.getString("contact_email"));
            assertEquals("pending review", changed.getString("status"));

            // Approved while the creator looks at the page: their change is refused and nothing is saved.
            HttpResponse<String> approved = patch(edited, oscarToken, approval(changed.getInt("version")));
            assertEquals(200, approved.statusCode(), approved.body());
            ((HtmlInput) saved.getElementById("own-request:title")).setValue("Too late");
            HtmlPage late = ((HtmlElement) saved.getElementById("own-request:save")).click();
            assertTrue(late.asNormalizedText().contains("nothing was saved"), late.asNormalizedText());
            assertEquals("Disk swap, moved", json(get("/v2/events/" + edited, oscarToken).body()).getString("title"));
            assertNull(carla.open(base, "/incidents/" + edited).querySelector(".own-request"), "reviewed: no forms");

            HtmlPage other = carla.open(base, "/incidents/" + cancelled);
            HtmlPage gone = ((HtmlElement) other.getElementById("own-request:cancel")).click();
            assertEquals("/incidents/" + cancelled, gone.getUrl().getPath(), gone.asNormalizedText());
            assertEquals("cancelled", json(get("/v2/events/" + cancelled, oscarToken).body()).getString("status"));
            assertNull(gone.querySelector(".own-request"), "cancelled: no forms");
        }
        long pending = requestMaintenance(carlaToken, "Not yours " + System.nanoTime(), day, day.plusSeconds(60),
                "carla@example.com");
        try (Browser oscar = new Browser()) {
            HtmlPage page = OpenIdProvider.signInTo(oscar.open(base, "/login?returnTo=/incidents/" + pending), "oscar", "sd-operators");
            assertEquals(200, page.getWebResponse().getStatusCode());
            assertNull(page.querySelector(".own-request"), "operators review it on the list of requests");
        }
    }

    private long requestMaintenance(String token, String title, Instant start, Instant end, String contact)
            throws Exception {
        HttpResponse<String> posted = post("/v2/events", token, maintenance(title, start, end, contact));
        assertEquals(200, posted.statusCode(), posted.body());
        return json(posted.body()).getJsonArray("result").getJsonObject(0).getJsonNumber("incident_id").longValue();
    }

    /** The request is nowhere a visitor looks: API v2 and v1, pages, feeds, Statuspage JSON. */
    private void assertNothingShowsToVisitors(long id, String title) throws Exception {
        HttpResponse<String> direct = get("/v2/events/" + id, null);
        assertEquals(404, direct.statusCode());
        assertEquals("{\"errMsg\":\"event does not exist\"}", direct.body());
        String region = region(1);
        String encodedRegion = URLEncoder.encode(region, StandardCharsets.UTF_8);
        for (String path : List.of("/v2/events?type=maintenance", "/v2/incidents", "/api/v1/incidents",
                "/api/v1/component_status", "/api/v2/summary.json", "/api/v2/scheduled-maintenances.json",
                "/api/v2/scheduled-maintenances/upcoming.json", "/?region=" + encodedRegion, "/history",
                "/rss/?mt=" + encodedRegion, "/atom/" + encodedRegion, "/calendar/" + encodedRegion + ".ics")) {
            HttpResponse<String> answer = get(path, null);
            assertEquals(200, answer.statusCode(), path);
            assertFalse(answer.body().contains(title), path + " shows the request");
        }
        // A made-up token is a visitor's read: the shared answer, never the request, never a reason to render.
        // (A read that bypassed the cache would carry no X-Cache at all; the clock's passes may end a copy
        // between the two reads, hence a few tries.)
        List<String> outcomes = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 5 && !outcomes.contains("hit"); attempt++) {
            get("/v2/events?type=maintenance", null);
            HttpResponse<String> madeUp = get("/v2/events?type=maintenance", "made.up.token");
            assertEquals(200, madeUp.statusCode());
            assertFalse(madeUp.body().contains(title), "a made-up token shows the request");
            outcomes.addAll(madeUp.headers().allValues("X-Cache"));
        }
        assertTrue(outcomes.contains("hit"), "a made-up token bypassed the cache: " + outcomes);
        assertEquals(404, get("/incidents/" + id, null).statusCode(), "its page");
    }

    private JsonObject awaitAnonymous(long id, java.util.function.Predicate<JsonObject> condition) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            HttpResponse<String> answer = get("/v2/events/" + id, null);
            if (answer.statusCode() == 200 && condition.test(json(answer.body()))) {
                return json(answer.body());
            }
            assertTrue(System.nanoTime() < deadline, "still " + answer.statusCode() + " " + answer.body());
            Thread.sleep(500);
        }
    }

    private static List<Integer> inParallel(Callable<Integer> first, Callable<Integer> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> task : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return task.call();
                }));
            }
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> statuses(JsonObject event) {
        return event.getJsonArray("updates").getValuesAs(JsonObject.class).stream()
                .map(update -> update.getString("status")).toList();
    }

    private String region(int componentId) throws Exception {
        return json(get("/v2/components/" + componentId, null).body()).getJsonArray("attributes")
                .getValuesAs(JsonObject.class).stream()
                .filter(attribute -> attribute.getString("name").equals("region"))
                .map(attribute -> attribute.getString("value"))
                .findFirst().orElseThrow();
    }

    private static String approval(int version) {
        return "{\"status\":\"reviewed\",\"message\":\"Approved\",\"update_date\":\"" + Instant.now()
                + "\",\"version\":" + version + "}";
    }

    private static String maintenance(String title, Instant start, Instant end, String contact) {
        return "{\"title\":\"" + title + "\",\"impact\":0,\"components\":[1],\"type\":\"maintenance\","
                + "\"start_date\":\"" + start + "\",\"end_date\":\"" + end + "\""
                + (contact == null ? "" : ",\"contact_email\":\"" + contact + "\"") + "}";
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> patch(long id, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/v2/events/" + id)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
