package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks and e-mail end to end (one Payara boot for both: they share the outbox and its sender): registration through API v2 (who may, and what is refused with nothing
 * written), deliveries of real changes to a receiver inside this test JVM whose signature is
 * checked with the secret the registration answered, exactly one per change and endpoint, a retry
 * that reaches the receiver once it is up, and the operator page. Receivers listen on loopback, so
 * the deployment allows private targets. E-mails go to a GreenMail SMTP server in this JVM: subscribe
 * on the page, confirmation mail, confirm, notified of an incident with the list headers, one-click
 * unsubscribe, no more mail.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksIT {

    private static final String SECRET = "it-webhook-secret";
    private static final String MAIL_PASSWORD = "it-mail-password";
    private static final Pattern CONFIRM_LINK = Pattern.compile(
            "https://status\\.example\\.com/subscription/confirm\\?token=([A-Za-z0-9_-]{43})");
    private static final Pattern ONE_CLICK = Pattern.compile(
            "<https://status\\.example\\.com(/mail/unsubscribe\\?token=[A-Za-z0-9_-]{43})>");
    private static final TestDatabase DATABASE = new TestDatabase();
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    private static OpenIdProvider provider;
    private static GreenMail smtp;

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException, IOException {
        DATABASE.reset();
        provider = OpenIdProvider.start();
        int smtpPort;
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        smtp.setUser("status@example.com", "mailer", MAIL_PASSWORD);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("SDB_CATALOG_FILE", Deployments.testCatalog("catalog.yaml"));
        settings.put("SDB_SECRET_KEY", SECRET);
        settings.putAll(provider.roleSettings());
        settings.put("SDB_WEBHOOK_ALLOW_PRIVATE", "true");
        settings.put("SDB_PUBLIC_URL", "https://status.example.com");
        settings.put("SDB_SMTP_HOST", "127.0.0.1");
        settings.put("SDB_SMTP_PORT", String.valueOf(smtpPort));
        settings.put("SDB_SMTP_USER", "mailer");
        settings.put("SDB_SMTP_PASSWORD", MAIL_PASSWORD);
        settings.put("SDB_SMTP_FROM", "status@example.com");
        return Deployments.dashboard(settings);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void onlyOperatorsAndAdminsRegisterAndBadRegistrationsStoreNothing() throws Exception {
        String body = "{\"type\":\"webhook\",\"url\":\"https://hooks.example.com/a\",\"regions\":[\"EU-DE\"]}";
        HttpResponse<String> anonymous = send("POST", "/v2/subscriptions", null, body);
        assertEquals(401, anonymous.statusCode());
        assertEquals("{\"errMsg\":\"not authenticated\"}", anonymous.body());
        assertEquals(403, send("POST", "/v2/subscriptions", providerToken("carla", "sd-creators"), body).statusCode());
        HttpResponse<String> monitoring = send("POST", "/v2/subscriptions", "Bearer " + Tokens.hs256(SECRET, "{}"), body);
        assertEquals(403, monitoring.statusCode());
        assertEquals("{\"errMsg\":\"not allowed: a monitoring token (signed with SDB_SECRET_KEY) may only report status"
                + " (API v1) and open system incidents (POST /v2/events with \\\"system\\\": true); this write needs the token"
                + " of an operator or admin\"}", monitoring.body());
        assertEquals(403, send("GET", "/v2/subscriptions", providerToken("carla", "sd-creators"), null).statusCode());
        assertEquals(401, send("GET", "/v2/subscriptions", null, null).statusCode());

        long before = count();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("{\"type\":\"webhook\",\"url\":\"hooks.example.com/a\",\"regions\":[\"EU-DE\"]}",
                "url must be an absolute http or https URL without user information");
        refused.put("{\"type\":\"webhook\",\"url\":\"ftp://hooks.example.com/a\",\"regions\":[\"EU-DE\"]}",
                "url must be an absolute http or https URL without user information");
        refused.put("{\"type\":\"webhook\",\"url\":\"https://hooks.example.com/a\",\"regions\":[\"EU-XX\"]}",
                "unknown region: EU-XX");
        refused.put("{\"type\":\"webhook\",\"url\":\"https://hooks.example.com/a\",\"components\":[99999]}",
                "unknown component: 99999");
        refused.put("{\"type\":\"webhook\",\"url\":\"https://hooks.example.com/a\"}", "name regions or components to follow");
        refused.put("{\"type\":\"email\",\"url\":\"https://hooks.example.com/a\",\"regions\":[\"EU-DE\"]}",
                "type must be \"webhook\"");
        refused.put("not json", "body must be a JSON object");
        for (Map.Entry<String, String> refusal : refused.entrySet()) {
            HttpResponse<String> answer = send("POST", "/v2/subscriptions", operatorToken(), refusal.getKey());
            assertEquals(400, answer.statusCode(), refusal.getKey());
            assertEquals(Json.createObjectBuilder().add("errMsg", refusal.getValue()).build(), json(answer.body()),
                    refusal.getKey());
        }
        assertEquals(before, count(), "nothing written");

        HttpResponse<String> created = send("POST", "/v2/subscriptions", providerToken("ada", "sd-admins"),
                "{\"type\":\"webhook\",\"url\":\"https://hooks.example.com/admin\",\"regions\":[\"EU-DE\"],"
                        + "\"description\":\"chat <ops>\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject registered = json(created.body());
        long id = registered.getJsonNumber("id").longValue();
        assertEquals(64, registered.getString("secret").length(), "32 random bytes, hex");
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/v2/subscriptions/" + id));
        assertEquals("ada", registered.getString("created_by"));

        HttpResponse<String> list = send("GET", "/v2/subscriptions", operatorToken(), null);
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"url\":\"https://hooks.example.com/admin\""), list.body());
        assertFalse(list.body().contains(registered.getString("secret")), "the secret is shown once only");
        HttpResponse<String> one = send("GET", "/v2/subscriptions/" + id, operatorToken(), null);
        assertEquals(200, one.statusCode());
        assertEquals("chat <ops>", json(one.body()).getString("description"));
        assertEquals("[\"EU-DE\"]", json(one.body()).getJsonArray("regions").toString());

        assertEquals(204, send("DELETE", "/v2/subscriptions/" + id, operatorToken(), null).statusCode());
        assertEquals(404, send("DELETE", "/v2/subscriptions/" + id, operatorToken(), null).statusCode());
        assertEquals(404, send("GET", "/v2/subscriptions/" + id, operatorToken(), null).statusCode());
        assertEquals(before, count());
    }

    @Test
    void everyChangeIsDeliveredOnceSignedWithTheEndpointsSecretToTheEndpointsFollowingIt() throws Exception {
        try (WebhookReceiver following = WebhookReceiver.start(0); WebhookReceiver other = WebhookReceiver.start(0)) {
            String secret = register(following.url(), "\"regions\":[\"EU-NL\"]");
            register(other.url(), "\"components\":[" + DATABASE.componentId("Auto Scaling", "EU-DE") + "]");
            int rds = DATABASE.componentId("Relational Database Service", "EU-NL");

            Instant opened = Instant.now();
            long incident = openIncident("Database slow", rds);
            WebhookReceiver.Received first = following.next(Duration.ofSeconds(15));
            assertNotNull(first, "the first delivery leaves within 15 s");
            assertTrue(Duration.between(opened, first.at()).toSeconds() < 15);
            assertEquals(signature(first.body(), secret), first.header("X-Signature-256"));
            assertEquals("application/json", first.header("Content-Type"));
            long timestamp = Long.parseLong(first.header("X-Webhook-Timestamp"));
            assertTrue(Math.abs(timestamp - Instant.now().getEpochSecond()) < 60, "the time of sending");
            JsonObject payload = json(first.body());
            assertEquals(first.header("X-Webhook-Id"), payload.getString("id"));
            assertEquals("opened", payload.getString("change"));
            assertEquals(incident, payload.getJsonObject("event").getJsonNumber("id").longValue());
            assertEquals("Database slow", payload.getJsonObject("event").getString("title"));
            assertEquals("https://status.example.com/incidents/" + incident, payload.getJsonObject("event").getString("url"));
            System.out.println("Delivered webhook, headers " + first.headers() + "\n"
                    + new String(first.body(), StandardCharsets.UTF_8));

            HttpResponse<String> resolved = send("PATCH", "/v2/events/" + incident, operatorToken(),
                    "{\"message\":\"Fixed\",\"status\":\"resolved\",\"update_date\":\""
                            + RFC_3339.format(LocalDateTime.now(ZoneOffset.UTC)) + "\"}");
            assertEquals(200, resolved.statusCode(), resolved.body());
            WebhookReceiver.Received second = following.next(Duration.ofSeconds(15));
            assertNotNull(second);
            assertEquals(signature(second.body(), secret), second.header("X-Signature-256"));
            assertEquals("resolved", json(second.body()).getString("change"));
            assertNotEquals(first.header("X-Webhook-Id"), second.header("X-Webhook-Id"));

            // Two more polling rounds: nothing is sent twice, nothing to the endpoint following elsewhere.
            assertEquals(null, following.next(Duration.ofSeconds(11)), "one delivery per change");
            assertEquals(0, other.count());
            assertEquals(List.of(List.of("delivered", 1), List.of("delivered", 1)), DATABASE.rows("SELECT state, attempts"
                    + " FROM webhook_delivery WHERE event_id = ? ORDER BY id", incident).stream()
                    .map(row -> List.of(row.get(0), ((Number) row.get(1)).intValue())).toList());
        }
    }

    @Test
    void aDeliveryIsRetriedUntilTheReceiverIsUp() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String secret = register("http://127.0.0.1:" + port + "/hook",
                "\"components\":[" + DATABASE.componentId("Virtual Private Cloud", "EU-DE") + "]");
        long incident = openIncident("Network down", DATABASE.componentId("Virtual Private Cloud", "EU-DE"));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<Object> row = null;
        while (System.nanoTime() < deadline) {
            row = DATABASE.rows("SELECT state, attempts, last_result, delivery_key FROM webhook_delivery WHERE event_id = ?",
                    incident).stream().findFirst().orElse(null);
            if (row != null && ((Number) row.get(1)).intValue() >= 1) {
                break;
            }
            Thread.sleep(250);
        }
        assertNotNull(row);
        assertEquals(List.of("pending", 1, "connection failed"), List.of(row.get(0), ((Number) row.get(1)).intValue(),
                row.get(2)), "the receiver is down: a retry is planned");

        try (WebhookReceiver receiver = WebhookReceiver.start(port)) {
            WebhookReceiver.Received retried = receiver.next(Duration.ofSeconds(40));
            assertNotNull(retried, "the first retry comes within a minute");
            assertEquals(row.get(3), retried.header("X-Webhook-Id"));
            assertEquals(signature(retried.body(), secret), retried.header("X-Signature-256"));
            waitFor(() -> "delivered".equals(DATABASE.value("SELECT state FROM webhook_delivery WHERE event_id = ?", incident)));
            assertEquals(2, ((Number) DATABASE.value("SELECT attempts FROM webhook_delivery WHERE event_id = ?", incident))
                    .intValue());
            assertEquals(null, receiver.next(Duration.ofSeconds(6)), "delivered once");
        }
    }

    @Test
    void operatorsRegisterAnEndpointOnTheirPageAndSeeItsDeliveries() throws Exception {
        try (Browser browser = new Browser(); WebhookReceiver receiver = WebhookReceiver.start(0)) {
            HtmlPage page = OpenIdProvider.signIn(browser.open(base, "/login?returnTo=/operator/webhooks"), "oscar",
                    "{\"groups\": [\"sd-operators\"]}");
            assertEquals(200, page.getWebResponse().getStatusCode(), page.asNormalizedText());
            assertEquals("/operator/webhooks", page.getUrl().getPath());

            long before = count();
            HtmlForm form = page.getFormByName("register");
            form.getInputByName("register:url").setValue("not a url");
            page = form.getInputByName("register:submit").click();
            assertTrue(page.asNormalizedText().contains("Url must be an absolute http or https URL"), page.asNormalizedText());
            assertEquals(before, count(), "nothing written");

            form = page.getFormByName("register");
            form.getInputByName("register:url").setValue(receiver.url());
            form.getTextAreaByName("register:description").setText("Probe <pager>");
            page.<HtmlElement>querySelector("input[name=regions][value=EU-NL]").click();
            page = form.getInputByName("register:submit").click();
            assertEquals("/operator/webhooks", page.getUrl().getPath(), "redirected after the registration");
            HtmlElement secret = page.querySelector(".new-webhook-secret");
            assertNotNull(secret, page.asNormalizedText());
            assertEquals(64, secret.getTextContent().strip().length());
            assertEquals(before + 1, count());
            assertTrue(page.asXml().contains("Probe &lt;pager&gt;"), "escaped");

            openIncident("Probe failing", DATABASE.componentId("Status Probe", "EU-NL"));
            WebhookReceiver.Received delivered = receiver.next(Duration.ofSeconds(15));
            assertNotNull(delivered);
            assertEquals(signature(delivered.body(), secret.getTextContent().strip()), delivered.header("X-Signature-256"));
            waitFor(() -> browser.open(base, "/operator/webhooks").asNormalizedText().contains("delivered, 1 attempt(s), last: HTTP 204"));
            HtmlPage again = browser.open(base, "/operator/webhooks");
            assertEquals(null, again.querySelector(".new-webhook-secret"), "the secret is shown once");
        }
    }

    @Test
    void aVisitorSubscribesByMailConfirmsIsNotifiedAndUnsubscribesWithOneClick() throws Exception {
        int storage = DATABASE.componentId("Relational Database Service", "EU-NL");
        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(base, "/subscribe");
            assertEquals(200, page.getWebResponse().getStatusCode());
            assertNotNull(page.querySelector("a.subscribe-page-link[href='/subscribe']"), "the header's menu leads here");
            HtmlForm form = page.getFormByName("subscribe");
            form.getInputByName("subscribe:address").setValue("Jane <jane@example.com>");
            page.<HtmlElement>querySelector("input[name=regions][value=EU-NL]").click();
            page = form.getInputByName("subscribe:submit").click();
            HtmlElement error = page.querySelector("#address-error");
            assertNotNull(error, page.asNormalizedText());
            assertTrue(error.getTextContent().contains("plain e-mail address"), error.getTextContent());
            assertEquals(0L, mailRows("mail_subscription"), "a bad address stores nothing");

            form = page.getFormByName("subscribe");
            form.getInputByName("subscribe:address").setValue("jane@example.com");
            page = form.getInputByName("subscribe:submit").click();
            // Post, redirect, get: reloading the answer sends no second request.
            assertEquals("/subscription/done", page.getUrl().getPath());
            assertTrue(page.asNormalizedText().contains("we sent a mail with a confirmation link"),
                    page.asNormalizedText());
            page.refresh();
            assertEquals(1L, mailRows("mail_subscription"), "a reload subscribes nobody again");
        }
        assertTrue(smtp.waitForIncomingEmail(20_000, 1), "the confirmation mail");
        MimeMessage confirmation = smtp.getReceivedMessages()[0];
        assertEquals("jane@example.com", confirmation.getAllRecipients()[0].toString());
        assertTrue(confirmation.getSubject().contains("confirm your subscription"), confirmation.getSubject());
        assertTrue(ONE_CLICK.matcher(confirmation.getHeader("List-Unsubscribe", null)).matches(),
                confirmation.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", confirmation.getHeader("List-Unsubscribe-Post", null));
        Matcher link = CONFIRM_LINK.matcher(part(confirmation, 0));
        assertTrue(link.find(), part(confirmation, 0));
        String token = link.group(1);
        assertEquals(0L, ((Number) DATABASE.value("SELECT COUNT(*) FROM mail_token WHERE token_hash = ?", token))
                .longValue(), "the token is not stored in clear");
        assertEquals(1L, ((Number) DATABASE.value("SELECT COUNT(*) FROM mail_token WHERE token_hash = ?",
                sha256(token))).longValue(), "its hash is");

        long unconfirmed = openIncident("Storage slow before confirming", storage);
        // Resolved before confirming too: a later incident on the service would otherwise close it, a change mailed then.
        HttpResponse<String> resolved = send("PATCH", "/v2/events/" + unconfirmed, operatorToken(),
                "{\"message\":\"Fixed\",\"status\":\"resolved\",\"update_date\":\""
                        + RFC_3339.format(LocalDateTime.now(ZoneOffset.UTC)) + "\"}");
        assertEquals(200, resolved.statusCode(), resolved.body());
        Thread.sleep(7_000);
        assertEquals(1, smtp.getReceivedMessages().length, "nothing but the confirmation before the confirmation");

        try (Browser browser = new Browser()) {
            HtmlPage page = browser.open(base, "/subscription/confirm?token=" + token);
            HtmlPage done = page.<HtmlElement>querySelector(".mail-confirm-form button").click();
            assertEquals("/subscription/done", done.getUrl().getPath());
            assertTrue(done.asNormalizedText().contains("Your subscription is confirmed"), done.asNormalizedText());
        }
        assertEquals(1L, ((Number) DATABASE.value(
                "SELECT COUNT(*) FROM mail_subscription WHERE confirmed_at IS NOT NULL")).longValue());

        long incident = openIncident("Storage <slow>", storage);
        assertTrue(smtp.waitForIncomingEmail(20_000, 2), "the notification");
        MimeMessage notified = smtp.getReceivedMessages()[1];
        System.out.println("Notification mail:\n" + GreenMailUtil.getWholeMessage(notified));
        assertEquals("New: Storage <slow> (Relational Database Service (EU-NL))", notified.getSubject());
        assertEquals("List-Unsubscribe=One-Click", notified.getHeader("List-Unsubscribe-Post", null));
        assertEquals("auto-generated", notified.getHeader("Auto-Submitted", null));
        assertTrue(notified.getContentType().startsWith("multipart/alternative"), notified.getContentType());
        String text = part(notified, 0);
        String html = part(notified, 1);
        assertTrue(text.contains("https://status.example.com/incidents/" + incident), text);
        assertTrue(text.contains("Services: Relational Database Service (EU-NL)"), text);
        assertTrue(html.contains("Storage &lt;slow&gt;"), html);
        assertFalse(html.contains("<slow>"), "the HTML part escapes");
        assertFalse(text.contains("incidents/" + unconfirmed), "the change before the confirmation is not sent");
        Matcher oneClick = ONE_CLICK.matcher(notified.getHeader("List-Unsubscribe", null));
        assertTrue(oneClick.matches(), notified.getHeader("List-Unsubscribe", null));

        // What a mail client does (RFC 8058): a POST without cookies or page state.
        HttpResponse<String> unsubscribed = http.send(HttpRequest.newBuilder(URI.create(base.toString())
                .resolve(oneClick.group(1))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, unsubscribed.statusCode(), unsubscribed.body());
        assertEquals(0L, mailRows("mail_subscription"));
        assertEquals(0L, mailRows("mail_token"));

        openIncident("Storage slow again", storage);
        Thread.sleep(11_000);
        assertEquals(2, smtp.getReceivedMessages().length, "no more mail after unsubscribing");
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** Registers an endpoint as an operator; answers its secret. */
    private String register(String url, String targets) throws Exception {
        HttpResponse<String> created = send("POST", "/v2/subscriptions", operatorToken(),
                "{\"type\":\"webhook\",\"url\":\"" + url + "\"," + targets + "}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getString("secret");
    }

    private long openIncident(String title, int componentId) throws Exception {
        HttpResponse<String> opened = send("POST", "/v2/events", operatorToken(),
                "{\"title\":\"" + title + "\",\"impact\":2,\"type\":\"incident\",\"start_date\":\""
                        + RFC_3339.format(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1)) + "\",\"components\":["
                        + componentId + "]}");
        assertEquals(200, opened.statusCode(), opened.body());
        return json(opened.body()).getJsonArray("result").getJsonObject(0).getJsonNumber("incident_id").longValue();
    }

    /** A part of a mail's multipart/alternative body, decoded: 0 the plain text, 1 the HTML. */
    private static String part(MimeMessage mail, int index) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(index).getContent();
    }

    private static long mailRows(String table) throws SQLException {
        return ((Number) DATABASE.value("SELECT COUNT(*) FROM " + table)).longValue();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.US_ASCII)));
    }

    private long count() throws SQLException {
        return ((Number) DATABASE.value("SELECT COUNT(*) FROM webhook_subscription")).longValue();
    }

    private String operatorToken() {
        return providerToken("oscar", "sd-operators");
    }

    private String providerToken(String user, String group) {
        return "Bearer " + provider.token(user, group);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What a receiver checks: the hex HMAC-SHA256 of the raw body, keyed with the secret's UTF-8 bytes. */
    private static String signature(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonObject json(byte[] body) {
        return json(new String(body, StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.holds()) {
            assertTrue(System.nanoTime() < deadline, "not within 20 s");
            Thread.sleep(300);
        }
    }
}
