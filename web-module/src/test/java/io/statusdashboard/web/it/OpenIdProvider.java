package io.statusdashboard.web.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.html.HtmlTextInput;

/**
 * A real OpenID Connect provider in the test JVM (mock-oauth2-server): the dashboard's settings to
 * use it, its tokens with role groups, and its login form, where a test types the user and claims.
 */
final class OpenIdProvider {

    static final String CLIENT_ID = "status-dashboard";
    static final String CREATORS = "sd-creators";
    static final String OPERATORS = "sd-operators";
    static final String ADMINS = "sd-admins";
    private static final String ISSUER = "default";

    private final MockOAuth2Server server;

    private OpenIdProvider(MockOAuth2Server server) {
        this.server = server;
    }

    /** One whose login form asks for a user name and the claims of the ID token. */
    static OpenIdProvider start() {
        return start("{\"interactiveLogin\": true}");
    }

    /** One configured with mock-oauth2-server's JSON (token callbacks, for instance). */
    static OpenIdProvider start(String configuration) {
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(configuration));
        server.start();
        return new OpenIdProvider(server);
    }

    /** The server itself, for what a test does that the dashboard's clients do not. */
    MockOAuth2Server server() {
        return server;
    }

    String issuerUrl() {
        return server.issuerUrl(ISSUER).toString();
    }

    /** The dashboard signs in with this provider (the mock does not check the client's secret). */
    Map<String, String> clientSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("SDB_OPENID_ISSUER_URL", issuerUrl());
        settings.put("SDB_OPENID_CLIENT_ID", CLIENT_ID);
        settings.put("SDB_OPENID_CLIENT_SECRET", "not-checked-by-the-mock");
        return settings;
    }

    /** {@link #clientSettings()} and the groups of the three roles. */
    Map<String, String> roleSettings() {
        Map<String, String> settings = clientSettings();
        settings.put("SDB_CREATORS_GROUP", CREATORS);
        settings.put("SDB_OPERATORS_GROUP", OPERATORS);
        settings.put("SDB_ADMINS_GROUP", ADMINS);
        return settings;
    }

    /** An access token of {@code user} in {@code groups}, for the dashboard, valid {@code seconds}. */
    String token(String user, List<String> groups, long seconds) {
        return server.issueToken(ISSUER, "sub-" + user, CLIENT_ID,
                Map.of("preferred_username", user, "groups", groups), seconds).serialize();
    }

    /** An access token of {@code user} in {@code groups}, valid five minutes. */
    String token(String user, List<String> groups) {
        return token(user, groups, 300);
    }

    /** An access token of {@code user} in one group, valid five minutes. */
    String token(String user, String group) {
        return token(user, List.of(group), 300);
    }

    void stop() {
        server.shutdown();
    }

    /** Fills the provider's login form (user name and claims) and submits it; answers the page landed on. */
    static HtmlPage signIn(HtmlPage providerPage, String user, String claims) throws Exception {
        ((HtmlTextInput) providerPage.getElementByName("username")).type(user);
        ((HtmlTextArea) providerPage.getElementByName("claims")).setText(claims);
        HtmlElement submit = providerPage.querySelector("input[type=submit]", providerPage);
        return submit.click();
    }

    /** {@link #signIn} as {@code user} in one group. */
    static HtmlPage signInTo(HtmlPage providerPage, String user, String group) throws Exception {
        return signIn(providerPage, user, "{\"preferred_username\": \"" + user + "\", \"groups\": [\"" + group + "\"]}");
    }
}
