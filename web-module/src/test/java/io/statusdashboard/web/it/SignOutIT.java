package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing out is a POST from the dashboard's own button: a link, an image or another site's form
 * cannot sign an operator out.
 */
@ExtendWith(ArquillianExtension.class)
class SignOutIT {

    private static final String PASSWORD = "sign-out-password";
    private static final TestDatabase DATABASE = new TestDatabase();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of("SDB_ADMIN_PASSWORD", PASSWORD));
    }

    @Test
    void theHeadersLogOutButtonSignsOut() throws Exception {
        try (Browser browser = signedIn()) {
            HtmlPage status = browser.open(base, "/");
            HtmlPage afterLogout = SignOut.click(status);
            assertEquals("/", afterLogout.getUrl().getPath());
            assertNotNull(afterLogout.querySelector(".login-link", afterLogout), "the header offers the sign-in again");
            assertEquals("/login", browser.open(base, "/operator").getUrl().getPath(), "signed out");
        }
    }

    @Test
    void theOperatorPagesButtonSignsOut() throws Exception {
        try (Browser browser = signedIn()) {
            HtmlPage operator = browser.open(base, "/operator");
            HtmlPage afterLogout = ((HtmlElement) operator.querySelector("main .sign-out-form button", operator)).click();
            assertEquals("/", afterLogout.getUrl().getPath());
            assertEquals("/login", browser.open(base, "/operator").getUrl().getPath(), "signed out");
        }
    }

    @Test
    void openingLogoutShowsAButtonAndSignsNobodyOut() throws Exception {
        try (Browser browser = signedIn()) {
            HtmlPage page = browser.open(base, "/logout");
            assertEquals(200, page.getWebResponse().getStatusCode());
            assertEquals("/logout", page.getUrl().getPath());
            assertNotNull(page.querySelector("main form.sign-out-form[method=post] button", page), page.asXml());
            assertStillSignedIn(browser);

            HtmlPage afterLogout = ((HtmlElement) page.querySelector("main .sign-out-form button", page)).click();
            assertEquals("/", afterLogout.getUrl().getPath());
            assertEquals("/login", browser.open(base, "/operator").getUrl().getPath(), "signed out by the button");
        }
    }

    @Test
    void aPostWithoutTheFormsTokenSignsNobodyOut() throws Exception {
        try (Browser browser = signedIn()) {
            String session = browser.sessionId(base);
            for (String body : new String[] {"", "csrf=", "csrf=guessed-token"}) {
                HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/logout"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(403, refused.statusCode(), "'" + body + "': " + refused.body());
                assertTrue(refused.body().contains("class=\"alert alert-warning sign-out-refused\""), refused.body());
                assertTrue(refused.headers().firstValue("Content-Security-Policy").isPresent());
                assertStillSignedIn(browser);
            }
        }
    }

    @Test
    void aPostWithoutASessionOnlyLeadsHome() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/"));
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session for a visitor");
    }

    @Test
    void visitorsSeeNoLogOutForm() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(!response.body().contains("sign-out-form") && response.body().contains("login-link"));
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(base, "/logout");
            assertNotNull(page.querySelector(".signed-out", page));
            assertNull(browser.sessionId(base), "showing the page makes no session");
        }
    }

    private void assertStillSignedIn(Browser browser) throws Exception {
        HtmlPage operator = browser.open(base, "/operator");
        assertEquals("/operator", operator.getUrl().getPath(), "still signed in");
        assertEquals(200, operator.getWebResponse().getStatusCode());
    }

    private Browser signedIn() throws Exception {
        Browser browser = new Browser();
        HtmlPage landed = LocalLogin.submit(browser.open(base, "/login"), "admin", PASSWORD);
        assertNotNull(landed.querySelector(".signed-in-as", landed), "signed in");
        return browser;
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }
}
