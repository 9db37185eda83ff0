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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Operators sign in through a real OpenID Connect provider (mock-oauth2-server, with its
 * interactive login page), with a required group, as a browser without JavaScript does it.
 */
@ExtendWith(ArquillianExtension.class)
class OpenIdSignInIT {

    private static final String REQUIRED_GROUP = "sd-operators";
    private static final TestDatabase DATABASE = new TestDatabase();
    private static OpenIdProvider provider;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        provider = OpenIdProvider.start();
        Map<String, String> settings = provider.clientSettings();
        settings.put("SDB_OPENID_REQUIRED_GROUP", REQUIRED_GROUP);
        return Deployments.dashboard(settings);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.stop();
        }
    }

    @Test
    void anOperatorSignsInAtTheProviderAndLandsOnThePageTheyCameFrom() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage providerPage = browser.open(base, "/login?returnTo=/operator");
            assertTrue(providerPage.getUrl().toString().startsWith(provider.issuerUrl()),
                    "sent to the provider: " + providerPage.getUrl());
            String sessionBefore = browser.sessionId(base);
            assertNotNull(sessionBefore, "the sign-in keeps its state in a session");

            HtmlPage operator = OpenIdProvider.signIn(providerPage, "jane", "{\"name\": \"Jane Operator\", \"email\": \"jane@example.com\","
                    + " \"groups\": [\"" + REQUIRED_GROUP + "\", \"staff\"]}");
            assertEquals(200, operator.getWebResponse().getStatusCode());
            assertEquals("/operator", operator.getUrl().getPath());
            assertEquals("Jane Operator", operator.querySelector(".operator-name", operator).getTextContent().strip());
            assertEquals("jane@example.com", operator.querySelector(".operator-email", operator).getTextContent().strip());
            assertTrue(operator.querySelector(".operator-groups", operator).getTextContent().contains(REQUIRED_GROUP));
            assertEquals("Jane Operator", operator.querySelector(".signed-in-as", operator).getTextContent().strip(),
                    "the header shows who is signed in");
            assertNotEquals(sessionBefore, browser.sessionId(base), "the session id changes at sign-in");

            HtmlPage status = browser.open(base, "/");
            assertNotNull(status.querySelector(".signed-in-as", status), "signed in on the public pages too");
            assertTrue(status.querySelectorAll(".login-link", status).isEmpty());
        }
    }

    @Test
    void aUserOutsideTheRequiredGroupIsRefusedAndNotSignedIn() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage refused = OpenIdProvider.signIn(browser.open(base, "/login?returnTo=/operator"), "bob",
                    "{\"name\": \"Bob\", \"groups\": [\"staff\"]}");
            assertEquals(403, refused.getWebResponse().getStatusCode());
            assertTrue(refused.asNormalizedText().contains("must be members of the group " + REQUIRED_GROUP),
                    refused.asNormalizedText());
            HtmlPage again = browser.open(base, "/operator");
            assertTrue(again.getUrl().toString().startsWith(provider.issuerUrl()),
                    "not signed in after the refusal: " + again.getUrl());
        }
    }

    @Test
    void aProviderGroupNamedLikeTheRoleGrantsNothingWithoutTheRequiredGroup() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage refused = OpenIdProvider.signIn(browser.open(base, "/login?returnTo=/operator"), "mallory",
                    "{\"name\": \"Mallory\", \"groups\": [\"operator\", \"staff\"]}");
            assertEquals(403, refused.getWebResponse().getStatusCode(), refused.asNormalizedText());
            assertTrue(refused.asNormalizedText().contains("must be members of the group " + REQUIRED_GROUP),
                    refused.asNormalizedText());
            HtmlPage newEvent = browser.open(base, "/incidents/new");
            assertTrue(newEvent.getUrl().toString().startsWith(provider.issuerUrl()),
                    "no operator page without the required group: " + newEvent.getUrl());
        }
    }

    @Test
    void loggingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
        try (Browser browser = new Browser()) {
            OpenIdProvider.signIn(browser.open(base, "/login?returnTo=/operator"), "jane",
                    "{\"name\": \"Jane Operator\", \"groups\": [\"" + REQUIRED_GROUP + "\"]}");
            HtmlPage asking = browser.open(base, "/logout");
            assertNotNull(asking.querySelector("main form.sign-out-form button", asking), "opening /logout only asks");
            HtmlPage stillSignedIn = browser.open(base, "/operator");
            assertEquals("/operator", stillSignedIn.getUrl().getPath(), "still signed in");
            HtmlPage afterLogout = SignOut.click(stillSignedIn);
            assertEquals("/", afterLogout.getUrl().getPath(), "back on the status page after the provider's logout");
            assertNotNull(afterLogout.querySelector(".login-link", afterLogout));
            HtmlPage operator = browser.open(base, "/operator");
            assertTrue(operator.getUrl().toString().startsWith(provider.issuerUrl()),
                    "the operator page asks for a sign-in again: " + operator.getUrl());
        }
    }

    @Test
    void aForgedCallbackSignsNobodyIn() throws Exception {
        try (Browser browser = new Browser()) {
            browser.client().getOptions().setRedirectEnabled(false);
            browser.open(base, "/login?returnTo=/operator");
            HttpResponse<String> callback = send(browser, "/Callback?code=forged-code&state=forged-state");
            assertFalse(callback.statusCode() == 302
                    && callback.headers().firstValue("Location").orElse("").endsWith("/operator"),
                    "a forged callback does not send the browser on as signed in");
            for (HttpResponse<String> refused : List.of(callback, send(browser, "/Callback"))) {
                assertEquals(401, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains("<h1 class=\"h3 error-heading\">Sign-in needed</h1>"), refused.body());
                assertFalse(refused.body().contains("Payara") || refused.body().contains("Exception"), refused.body());
                assertTrue(refused.headers().firstValue("Content-Security-Policy").isPresent());
            }
            browser.client().getOptions().setRedirectEnabled(true);
            HtmlPage operator = browser.open(base, "/operator");
            assertTrue(operator.getUrl().toString().startsWith(provider.issuerUrl()),
                    "still not signed in: " + operator.getUrl());
        }
    }

    @Test
    void visitorsGetNoSessionAndALoginLink() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
        assertTrue(response.body().contains("login-link"));
    }

    @Test
    void behindATlsTerminatingProxyTheSignInUsesHttpsAndSecureCookies() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/operator"))
                        .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith(provider.issuerUrl()), location);
        assertTrue(location.contains("redirect_uri=https%3A%2F%2F"), "the provider sends the browser back over https: "
                + location);
        String cookie = response.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("Secure"), cookie);
        assertEquals("max-age=31536000", response.headers().firstValue("Strict-Transport-Security").orElse(null),
                "the redirect to the provider carries the security headers too");
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    /** A request with the browser's cookies, without following redirects. */
    private HttpResponse<String> send(Browser browser, String path) throws Exception {
        URI uri = URI.create(base.toString()).resolve(path);
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + browser.sessionId(base)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
