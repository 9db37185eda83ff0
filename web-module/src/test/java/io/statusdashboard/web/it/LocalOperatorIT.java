package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The local operator account (no OpenID Connect provider), the refusal of anonymous users on every
 * operator URL, and the security baseline: cookie attributes and headers.
 */
@ExtendWith(ArquillianExtension.class)
class LocalOperatorIT {

    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final TestDatabase DATABASE = new TestDatabase();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of("SDB_ADMIN_PASSWORD", PASSWORD));
    }

    @Test
    void theLocalOperatorSignsInAndReachesTheOperatorPage() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage login = browser.open(base, "/login?returnTo=/operator");
            String sessionBefore = browser.sessionId(base);
            HtmlPage operator = LocalLogin.submit(login, "admin", PASSWORD);
            assertEquals(200, operator.getWebResponse().getStatusCode(), operator.asNormalizedText());
            assertEquals("/operator", operator.getUrl().getPath());
            assertEquals("admin", operator.querySelector(".operator-name", operator).getTextContent().strip());
            assertNotEquals(sessionBefore, browser.sessionId(base), "the session id changes at sign-in");
            assertFalse(operator.getWebResponse().getContentAsString().contains(PASSWORD));

            HtmlPage afterLogout = SignOut.click(operator);
            assertEquals("/", afterLogout.getUrl().getPath());
            assertEquals("/login", browser.open(base, "/operator").getUrl().getPath(), "logged out");
        }
    }

    @Test
    void aWrongPasswordIsRefusedBesideTheFieldAndNeverEchoed() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage refused = LocalLogin.submit(browser.open(base, "/login"), "admin", "not-the-password");
            assertEquals("/login", refused.getUrl().getPath());
            assertTrue(refused.asNormalizedText().contains("Wrong user name or password"));
            assertFalse(refused.getWebResponse().getContentAsString().contains("not-the-password"));
            assertEquals("/login", browser.open(base, "/operator").getUrl().getPath(), "not signed in");

            HtmlPage wrongUser = LocalLogin.submit(browser.open(base, "/login"), "root", PASSWORD);
            assertTrue(wrongUser.asNormalizedText().contains("Wrong user name or password"));
            assertFalse(wrongUser.getWebResponse().getContentAsString().contains(PASSWORD));
        }
    }

    @Test
    void everyOperatorUrlSendsAnonymousBrowsersToTheSignIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : OperatorPaths.ALL) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() == 401 || (response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/login")),
                    path + " answered " + response.statusCode() + " " + response.headers().map());
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP here: " + cookie);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/login", "/no-such-page")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), path + ": " + policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertNotNull(response.headers().firstValue("Referrer-Policy").orElse(null), path);
            assertFalse(response.headers().firstValue("Server").isPresent(), path + " names the server");
            assertFalse(response.body().contains("<script>"), path + " has an inline script");
        }
    }


    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }
}
