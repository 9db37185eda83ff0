package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may write through API v2: tokens signed with the shared secret and tokens of a real OpenID
 * Connect provider (mock-oauth2-server) with each role group, against API v2's own token filter in
 * front of a test-only write ({@link TokenProbe}); every other token is 401
 * {@code {"errMsg":"not authenticated"}} before the request is looked at. Also the same groups for
 * people who sign in to the pages.
 */
@ExtendWith(ArquillianExtension.class)
class ApiV2AuthIT {

    private static final String SECRET = "it-secret";
    private static final String NOT_AUTHENTICATED = "{\"errMsg\":\"not authenticated\"}";
    private static final String MONITORING_REFUSED = "not allowed: a monitoring token (signed with SDB_SECRET_KEY) may"
            + " only report status (API v1) and open system incidents (POST /v2/events with \"system\": true); this"
            + " write needs the token of an operator or admin";
    private static final TestDatabase DATABASE = new TestDatabase();
    private static OpenIdProvider provider;

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        // The token endpoint hands out a client-credentials token per scope, as a provider set up
        // for automation would.
        provider = OpenIdProvider.start("""
                {"interactiveLogin": true,
                 "tokenCallbacks": [{"issuerId": "default", "tokenExpiry": 120, "requestMappings": [
                   {"requestParam": "scope", "match": "operator",
                    "claims": {"sub": "svc-4711", "preferred_username": "oscar", "groups": ["sd-operators"],
                               "aud": ["status-dashboard"]}}]}]}
                """);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("SDB_SECRET_KEY", SECRET);
        settings.putAll(provider.roleSettings());
        return Deployments.dashboard(settings).addClasses(TokenProbe.class, TokenProbe.ProbeApplication.class,
                TokenProbe.ProbeResource.class);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.stop();
        }
    }

    @Test
    void aSharedSecretTokenIsTheMonitoringSystemWithOrWithoutTheSchemeWord() throws Exception {
        String token = Tokens.hs256(SECRET, "{\"stackmon\":\"zabbix\"}");
        for (String authorization : List.of("Bearer " + token, "bearer " + token, token,
                "Bearer " + Tokens.hs512(SECRET, "{}"))) {
            HttpResponse<String> accepted = write(authorization);
            assertEquals(200, accepted.statusCode(), accepted.body());
            assertEquals(caller("monitoring", "MONITORING"), json(accepted.body()));
        }
    }

    @Test
    void providerTokensActWithTheRoleOfTheirGroups() throws Exception {
        assertEquals(caller("carla", "CREATOR"), acceptedCaller(provider.token("carla", List.of("sd-creators", "staff"))));
        assertEquals(caller("oscar", "OPERATOR"), acceptedCaller(provider.token("oscar", List.of("/sd-operators"))));
        assertEquals(caller("ada", "ADMIN"), acceptedCaller(provider.token("ada", List.of("sd-creators", "sd-admins"))),
                "the highest role wins");
    }

    @Test
    void aCreatorsOrMonitoringTokenIsRefusedEveryWriteButItsOwnBeforeItsBodyIsReadAndAnOperatorsIsNot() throws Exception {
        String creator = "Bearer " + provider.token("carla", List.of("sd-creators"));
        // Posting events is a maintenance request's way in, decided on the body (MaintenanceReviewIT).
        for (String path : List.of("/v2/components", "/v2/events/1/extract", "/v2/incidents/1/extract")) {
            HttpResponse<String> refused = post(path, creator, "not even JSON");
            assertEquals(403, refused.statusCode(), path + ": " + refused.body());
            assertEquals("{\"errMsg\":\"not allowed: this write needs the operator or admin role\"}", refused.body());
        }
        HttpResponse<String> operator = post("/v2/components", "Bearer " + provider.token("oscar", List.of("sd-operators")),
                "{\"name\":\"x\"}");
        assertEquals(400, operator.statusCode(), "an operator gets as far as the body: " + operator.body());
        // Unlike status-dashboard-v3: monitoring reports status and opens system incidents, nothing else
        // (ApiV2WriteIT posts those, and is refused the rest with a body that would be accepted).
        String monitoring = "Bearer " + Tokens.hs256(SECRET, "{\"stackmon\":\"zabbix\"}");
        for (String path : List.of("/v2/components", "/v2/events/1/extract", "/v2/incidents/1/extract",
                "/v2/subscriptions")) {
            HttpResponse<String> refused = post(path, monitoring, "not even JSON");
            assertEquals(403, refused.statusCode(), path + ": " + refused.body());
            assertEquals(Json.createObjectBuilder().add("errMsg", MONITORING_REFUSED).build().toString(), refused.body(),
                    path);
        }
        HttpResponse<String> change = send("PATCH", "/v2/events/1", monitoring, "not even JSON");
        assertEquals(403, change.statusCode(), "refused before the event is looked up: " + change.body());
        HttpResponse<String> post = post("/v2/events", monitoring, "not even JSON");
        assertEquals(400, post.statusCode(), "a system incident's way in, decided on the body: " + post.body());
    }

    @Test
    void aClientCredentialsTokenFromTheProvidersTokenEndpointIsAccepted() throws Exception {
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(provider.server().tokenEndpointUrl("default").uri())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=operator"
                                + "&client_id=automation&client_secret=" + URLEncoder.encode("s3cret", StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, issued.statusCode(), issued.body());
        String accessToken = json(issued.body()).getString("access_token");
        assertEquals(caller("oscar", "OPERATOR"), acceptedCaller(accessToken));
    }

    @Test
    void everyOtherTokenIsRefusedWithV3sAnswer() throws Exception {
        long now = Instant.now().getEpochSecond();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("no header", null);
        refused.put("empty", "Bearer ");
        refused.put("not a token", "Bearer not.a.token");
        refused.put("alg none", "Bearer " + Tokens.none("{\"stackmon\":1}"));
        refused.put("another secret", "Bearer " + Tokens.hs256("another-secret", "{\"stackmon\":1}"));
        refused.put("expired HS256", "Bearer " + Tokens.hs256(SECRET, "{\"stackmon\":1,\"exp\":" + (now - 600) + "}"));
        refused.put("HS256 not valid yet", "Bearer " + Tokens.hs256(SECRET, "{\"nbf\":" + (now + 600) + "}"));
        refused.put("provider token without a role group",
                "Bearer " + provider.token("nina", List.of("staff", "operator", "admin")));
        MockOAuth2Server mock = provider.server();
        refused.put("expired provider token", "Bearer " + mock.issueToken("default", "ada", OpenIdProvider.CLIENT_ID,
                Map.of("groups", List.of("sd-admins")), -600).serialize());
        refused.put("provider token of another issuer", "Bearer " + mock.issueToken("elsewhere", "ada",
                OpenIdProvider.CLIENT_ID, Map.of("groups", List.of("sd-admins")), 300).serialize());
        refused.put("provider token for another client", "Bearer " + mock.issueToken("default", "ada", "other-client",
                Map.of("groups", List.of("sd-admins")), 300).serialize());
        String[] parts = provider.token("nina", List.of("staff")).split("\\.");
        String promoted = parts[0] + "." + base64url("{\"iss\":\"" + provider.issuerUrl()
                + "\",\"sub\":\"nina\",\"groups\":[\"sd-admins\"],\"exp\":" + (now + 300) + "}") + "." + parts[2];
        refused.put("provider token with altered claims", "Bearer " + promoted);
        for (Map.Entry<String, String> token : refused.entrySet()) {
            HttpResponse<String> response = write(token.getValue());
            assertEquals(401, response.statusCode(), token.getKey() + ": " + response.body());
            assertEquals(NOT_AUTHENTICATED, response.body(), token.getKey());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), token.getKey());
            assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(null), token.getKey());
        }
    }

    @Test
    void theTokenIsCheckedBeforeThePathAndTheBody() throws Exception {
        String bad = "Bearer " + Tokens.hs256("another-secret", "{}");
        for (String path : List.of("/it-v2/events/not-a-number", "/it-v2/events/42")) {
            HttpResponse<String> refused = post(path, bad, "{not json");
            assertEquals(401, refused.statusCode(), path);
            assertEquals(NOT_AUTHENTICATED, refused.body(), path);
        }
        String good = "Bearer " + Tokens.hs256(SECRET, "{}");
        HttpResponse<String> malformed = post("/it-v2/events/42", good, "{not json");
        assertEquals(400, malformed.statusCode(), "with a good token the body is read: " + malformed.body());
        assertEquals("{\"errMsg\":\"invalid body\"}", malformed.body());
        HttpResponse<String> badId = post("/it-v2/events/not-a-number", good, "{}");
        assertEquals(404, badId.statusCode(), "with a good token the path is matched: " + badId.body());
        HttpResponse<String> unknown = post("/it-v2/events/42", good, "{}");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("{\"errMsg\":\"event does not exist\"}", unknown.body());
    }

    @Test
    void readsNeedNoTokenAndNameNobody() throws Exception {
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(uri("/it-v2/read")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(json(read.body()).getBoolean("anonymous"));
    }

    @Test
    void aCreatorSignsInButMayNotUseTheOperatorPagesAndStaysSignedIn() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage refused = OpenIdProvider.signIn(browser.open(base, "/login?returnTo=/operator"), "carla",
                    "{\"groups\": [\"sd-creators\"]}");
            assertEquals(403, refused.getWebResponse().getStatusCode(), refused.asNormalizedText());
            HtmlPage again = browser.open(base, "/operator");
            assertEquals(403, again.getWebResponse().getStatusCode(), "still signed in, still not an operator: " + again.getUrl());
            assertEquals("/operator", again.getUrl().getPath());
        }
    }

    @Test
    void anAdminSignsInAndUsesTheOperatorPages() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage operator = OpenIdProvider.signIn(browser.open(base, "/login?returnTo=/operator"), "ada",
                    "{\"name\": \"Ada Admin\", \"groups\": [\"/sd-admins\"]}");
            assertEquals(200, operator.getWebResponse().getStatusCode(), operator.asNormalizedText());
            assertEquals("/operator", operator.getUrl().getPath());
            assertEquals(200, browser.open(base, "/incidents/new").getWebResponse().getStatusCode());
        }
    }

    @Test
    void someoneInNoneOfTheGroupsIsRefusedAndSignedOut() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage refused = OpenIdProvider.signIn(browser.open(base, "/login?returnTo=/operator"), "nina",
                    "{\"groups\": [\"staff\", \"operator\"]}");
            assertEquals(403, refused.getWebResponse().getStatusCode());
            assertTrue(refused.asNormalizedText().contains("one of the groups sd-creators, sd-operators, sd-admins"),
                    refused.asNormalizedText());
            HtmlPage again = browser.open(base, "/operator");
            assertTrue(again.getUrl().toString().startsWith(provider.issuerUrl()),
                    "signed out after the refusal: " + again.getUrl());
        }
    }

    private JsonObject acceptedCaller(String token) throws Exception {
        HttpResponse<String> accepted = write("Bearer " + token);
        assertEquals(200, accepted.statusCode(), accepted.body());
        return json(accepted.body());
    }

    private HttpResponse<String> write(String authorization) throws Exception {
        return post("/it-v2/write", authorization, "{}");
    }

    private HttpResponse<String> post(String path, String authorization, String body) throws Exception {
        return send("POST", path, authorization, body);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static JsonObject caller(String name, String role) {
        return Json.createObjectBuilder().add("name", name).add("role", role).build();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
