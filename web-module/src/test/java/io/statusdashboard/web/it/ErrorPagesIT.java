package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every error a person can meet is the dashboard's own page, with a sentence that helps and
 * nothing of the server's insides; forms sent after their view expired come back filled in; the
 * API keeps answering JSON; every response, redirects and errors included, carries the security
 * headers, and Strict-Transport-Security over HTTPS.
 */
@ExtendWith(ArquillianExtension.class)
class ErrorPagesIT {

    private static final String PASSWORD = "error-pages-password";
    private static final String SECRET = "error-pages-secret";
    private static final String TOKEN = Tokens.hs256(SECRET, "{\"stackmon\":\"it\"}");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final List<String> INTERNALS = List.of("Payara", "Exception", "java.", "jakarta.", "GRIZZLY",
            "ExternalContext", "at io.statusdashboard");
    private static final Map<Integer, String> HEADINGS = Map.of(
            400, "Request not understood",
            401, "Sign-in needed",
            403, "Not allowed",
            404, "Page not found",
            405, "Not possible here",
            413, "Too much data",
            429, "Too many attempts",
            500, "Something went wrong",
            503, "Temporarily unavailable");
    private static final TestDatabase DATABASE = new TestDatabase();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of("SDB_ADMIN_PASSWORD", PASSWORD, "SDB_SECRET_KEY", SECRET))
                .addClasses(ErrorTrigger.class);
    }

    @Test
    void everyErrorStatusIsTheDashboardsOwnPage() throws Exception {
        for (var status : HEADINGS.entrySet()) {
            HttpResponse<String> response = get("/it/error?status=" + status.getKey());
            assertOurErrorPage(response, status.getKey(), status.getValue());
        }
        assertOurErrorPage(get("/it/error?throw"), 500, "Something went wrong");
    }

    @Test
    void theErrorsPeopleMeetAreTheDashboardsOwnPages() throws Exception {
        HttpResponse<String> missing = get("/no-such-page");
        assertOurErrorPage(missing, 404, "Page not found");
        assertTrue(missing.body().contains("<title>Page not found · Status Dashboard</title>"), missing.body());
        assertFalse(missing.body().contains("Not Found"), "no reason phrase on the page");
        assertOurErrorPage(get("/no-such-view.xhtml"), 404, "Page not found");

        HttpResponse<String> region = get("/?region=MARS-9");
        assertOurErrorPage(region, 404, "Page not found");
        assertTrue(region.body().contains("There is no region MARS-9."), "the page's own sentence is kept");
        assertOurErrorPage(get("/history?year=abc"), 404, "Page not found");
        assertOurErrorPage(get("/incidents/987654321"), 404, "Page not found");

        assertOurErrorPage(send(HttpRequest.newBuilder(uri("/Callback")).POST(HttpRequest.BodyPublishers.noBody())),
                405, "Not possible here");
        assertOurErrorPage(send(HttpRequest.newBuilder(uri("/static/dashboard.css"))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))), 403, "Not allowed");

        HttpResponse<String> callback = get("/Callback?code=forged&state=forged");
        assertOurErrorPage(callback, 401, "Sign-in needed");
        assertTrue(callback.body().contains("The sign-in could not be completed."), callback.body());
    }

    @Test
    void aFormTooLargeForTheListenerIsRefusedWithThe413Page() throws Exception {
        for (int size : List.of(1_500_000, 3_000_000)) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").expectContinue(true)
                    .POST(HttpRequest.BodyPublishers.ofString("login%3AuserName=" + "a".repeat(size))));
            assertOurErrorPage(response, 413, "Too much data");
        }
    }

    @Test
    void errorPagesAreNeverCached() throws Exception {
        for (String path : List.of("/?region=MARS-9", "/incidents/987654321", "/history?year=abc")) {
            get(path);
            HttpResponse<String> again = get(path);
            assertEquals(404, again.statusCode(), path);
            assertEquals(Optional.empty(), again.headers().firstValue("X-Cache"), path + " came from the cache");
            assertEquals("no-store", again.headers().firstValue("Cache-Control").orElse(""), path);
        }
    }

    @Test
    void theApiKeepsAnsweringJsonErrors() throws Exception {
        assertJsonError(get("/api/v1/no-such-resource"), 404);
        assertJsonError(send(HttpRequest.newBuilder(uri("/api/v1/incidents")).DELETE()), 405);
        assertJsonError(report(null, "{\"name\":\"Elastic Cloud Server\",\"impact\":1}"), 401);
        assertJsonError(report("not-a-token", "{\"name\":\"Elastic Cloud Server\",\"impact\":1}"), 401);
        assertJsonError(report(TOKEN, "{\"name\":"), 400);
        assertJsonError(report(TOKEN, "{\"name\":\"" + "x".repeat(100_000) + "\",\"impact\":1}"), 413);
        // A failure that gets past JAX-RS still answers the API's JSON, not a page.
        assertJsonError(get("/api/it/error?status=500"), 500);
        assertJsonError(get("/api/it/error?status=503"), 503);
    }

    @Test
    void aSignInPostedWithoutItsCookieComesBackWithTheNameTyped() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage login = browser.open(base, "/login?returnTo=/operator");
            ((HtmlInput) login.getElementById("login:userName")).type("admin");
            ((HtmlInput) login.getElementById("login:password")).type(PASSWORD);
            browser.client().getCookieManager().clearCookies();
            HtmlPage again = ((HtmlElement) login.getElementById("login:submit")).click();

            assertEquals(200, again.getWebResponse().getStatusCode(), again.asNormalizedText());
            assertEquals("/login", again.getUrl().getPath());
            assertTrue(again.asNormalizedText().contains("Your session expired"), again.asNormalizedText());
            assertEquals("admin", ((HtmlInput) again.getElementById("login:userName")).getValue());
            assertEquals("", ((HtmlInput) again.getElementById("login:password")).getValue());
            assertFalse(again.getWebResponse().getContentAsString().contains(PASSWORD), "a password is never shown");
            assertSecurityHeaders(again.getWebResponse().getResponseHeaderValue("Content-Security-Policy"),
                    again.getWebResponse().getResponseHeaderValue("X-Content-Type-Options"));

            HtmlPage operator = LocalLogin.submit(again, "", PASSWORD);
            assertEquals("/operator", operator.getUrl().getPath(), "sent again, the form signs in");
        }
    }

    @Test
    void anOpenEventFormSentAfterItsSessionEndedComesBackFilledIn() throws Exception {
        try (Browser browser = signedIn()) {
            String start = INPUT.format(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5));
            HtmlPage form = browser.open(base, "/incidents/new");
            ((HtmlInput) form.getElementById("open:title")).setValue("Expired form keeps this title");
            HtmlSelect impacts = (HtmlSelect) form.getElementById("open:impact");
            impacts.setSelectedAttribute(impacts.getOptionByText("major"), true);
            OperatorFlowIT.serviceCheckbox(form, "Elastic Cloud Server (EU-DE)").setChecked(true);
            ((HtmlInput) form.getElementById("open:start")).setValue(start);

            signInAgain(browser);
            HtmlPage again = ((HtmlElement) form.getElementById("open:submit")).click();

            assertEquals(200, again.getWebResponse().getStatusCode(), again.asNormalizedText());
            assertEquals("/incidents/new", again.getUrl().getPath());
            assertTrue(again.asNormalizedText().contains("Your session expired"), again.asNormalizedText());
            assertEquals("Expired form keeps this title", ((HtmlInput) again.getElementById("open:title")).getValue());
            assertEquals("major", ((HtmlSelect) again.getElementById("open:impact")).getSelectedOptions().get(0).getText());
            assertTrue(OperatorFlowIT.serviceCheckbox(again, "Elastic Cloud Server (EU-DE)").isChecked());
            assertEquals(1, again.querySelectorAll(".service-picker input[type=checkbox]:checked", again).size());
            assertEquals(start, ((HtmlInput) again.getElementById("open:start")).getValue());
            assertEquals(0L, incidentsTitled("Expired form keeps this title"), "nothing was opened");

            HtmlPage opened = ((HtmlElement) again.getElementById("open:submit")).click();
            assertTrue(opened.getUrl().getPath().matches("/incidents/\\d+"), "sent again, it opens the incident: "
                    + opened.getUrl() + "\n" + opened.asNormalizedText());
            assertEquals(1L, incidentsTitled("Expired form keeps this title"));
        }
    }

    @Test
    void anEventUpdateSentAfterItsSessionEndedComesBackFilledIn() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
        long id = DATABASE.insertEvent("Expired update target", 1, "incident", false, now.minusHours(1), null,
                DATABASE.componentId("Elastic Cloud Server", "EU-NL"));
        try (Browser browser = signedIn()) {
            HtmlPage event = browser.open(base, "/incidents/" + id);
            HtmlForm form = event.querySelector("form.update-form", event);
            form.getTextAreaByName("update:message").setText("Typed before the session ended");
            form.getSelectByName("update:status").setSelectedAttribute(form.getSelectByName("update:status").getOptionByValue("fixing"), true);
            form.getSelectByName("update:impact").setSelectedAttribute(form.getSelectByName("update:impact").getOptionByValue("2"), true);

            signInAgain(browser);
            HtmlPage again = ((HtmlElement) form.getInputByName("update:save")).click();

            assertEquals("/incidents/" + id, again.getUrl().getPath());
            assertTrue(again.asNormalizedText().contains("Your session expired, so this form was not sent"), again.asNormalizedText());
            HtmlForm refilled = again.querySelector("form.update-form", again);
            assertEquals("Typed before the session ended", refilled.getTextAreaByName("update:message").getText());
            assertEquals("fixing", refilled.getSelectByName("update:status").getSelectedOptions().get(0).getValueAttribute());
            assertEquals("2", refilled.getSelectByName("update:impact").getSelectedOptions().get(0).getValueAttribute());
            assertEquals(0L, ((Number) DATABASE.value("SELECT COUNT(*) FROM incident_status WHERE incident_id = ?", id))
                    .longValue(), "nothing was saved");
        }
    }

    @Test
    void aFormAnotherSiteSentIsNeverShownAsTheOperatorsOwn() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3AuserName=planted-name"
                        + "&login%3Apassword=x&login%3Asubmit=Sign+in&jakarta.faces.ViewState=1%3A2")));
        assertOurErrorPage(response, 400, "Your session expired");
        assertFalse(response.body().contains("planted-name"));
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() throws Exception {
        for (String path : List.of("/", "/no-such-page", "/operator")) {
            HttpResponse<String> secure = send(HttpRequest.newBuilder(uri(path)).header("X-Forwarded-Proto", "https"));
            assertEquals("max-age=31536000", secure.headers().firstValue("Strict-Transport-Security").orElse(null), path);
            HttpResponse<String> plain = get(path);
            assertEquals(Optional.empty(), plain.headers().firstValue("Strict-Transport-Security"), path);
        }
    }

    @Test
    void theSignInRedirectCarriesTheSecurityHeaders() throws Exception {
        for (String path : OperatorPaths.ALL) {
            HttpResponse<String> response = get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login"), path);
            assertSecurityHeaders(response);
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    private void assertOurErrorPage(HttpResponse<String> response, int status, String heading) {
        String body = response.body();
        String where = response.request().method() + " " + response.uri() + " -> " + response.statusCode() + "\n" + body;
        assertEquals(status, response.statusCode(), where);
        assertTrue(body.contains("<h1 class=\"h3 error-heading\">" + heading + "</h1>"), where);
        assertTrue(body.contains("Back to the current status"), where);
        for (String internal : INTERNALS) {
            assertFalse(body.contains(internal), "names " + internal + ": " + where);
        }
        assertSecurityHeaders(response);
        assertFalse(response.headers().firstValue("Cache-Control").orElse("").contains("public"), where);
        assertEquals(Optional.empty(), response.headers().firstValue("X-Cache"), where);
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertSecurityHeaders(response.headers().firstValue("Content-Security-Policy").orElse(""),
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), response.uri().toString());
        assertNotNull(response.headers().firstValue("Referrer-Policy").orElse(null), response.uri().toString());
    }

    private static void assertSecurityHeaders(String policy, String noSniff) {
        assertTrue(policy != null && policy.contains("frame-ancestors 'none'") && policy.contains("script-src 'self'"),
                "Content-Security-Policy: " + policy);
        assertEquals("nosniff", noSniff);
    }

    private static void assertJsonError(HttpResponse<String> response, int status) {
        String where = response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " " + response.body();
        assertEquals(status, response.statusCode(), where);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), where);
        assertTrue(response.body().startsWith("{\"message\":"), where);
        assertFalse(response.body().contains("<html"), where);
    }

    private Browser signedIn() throws Exception {
        Browser browser = new Browser();
        signInAgain(browser);
        return browser;
    }

    /** Signs in on a new session, as after a restart or a timeout. */
    private void signInAgain(Browser browser) throws Exception {
        browser.client().getCookieManager().clearCookies();
        HtmlPage landed = LocalLogin.submit(browser.open(base, "/login"), "admin", PASSWORD);
        DomElement signedInAs = landed.querySelector(".signed-in-as", landed);
        assertNotNull(signedInAs, "signed in: " + landed.asNormalizedText());
    }

    private static long incidentsTitled(String title) throws SQLException {
        return ((Number) DATABASE.value("SELECT COUNT(*) FROM incident WHERE text = ?", title)).longValue();
    }

    private HttpResponse<String> report(String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/component_status"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }
}
