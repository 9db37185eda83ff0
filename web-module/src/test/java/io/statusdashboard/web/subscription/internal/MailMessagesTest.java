package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailMessagesTest {

    private static final String BASE = "https://status.example.com";
    private static final Map<Integer, ComponentView> CATALOG = Map.of(
            3, new ComponentView(3, "Elastic Cloud Server", Map.of("region", "EU-DE")),
            4, new ComponentView(4, "Object <Storage>", Map.of("region", "EU-NL")));
    private static final EventView INCIDENT = new EventView(42, "API errors <script>alert(1)</script>\r\nBcc: x", null,
            Impact.MAJOR, EventType.INCIDENT, LocalDateTime.of(2026, 12, 2, 9, 0), null, false, EventStatus.FIXING,
            Set.of(4, 3), List.of(
                    new UpdateView(1, LocalDateTime.of(2026, 12, 2, 9, 0), EventStatus.DETECTED, "seen", "oscar"),
                    new UpdateView(2, LocalDateTime.of(2026, 12, 2, 9, 5), EventStatus.FIXING, "\"fix\" & <b>deploy</b>",
                            "oscar")), 3);

    @Test
    void theListHeadersNameTheOneClickUrlOfRfc8058() {
        assertEquals("<https://status.example.com/mail/unsubscribe?token=abc>", MailMessages.listUnsubscribe(BASE, "abc"));
        assertEquals("List-Unsubscribe=One-Click", MailMessages.ONE_CLICK);
        assertEquals("https://status.example.com/subscription/confirm?token=t1", MailMessages.confirmLink(BASE, "t1"));
        assertEquals("https://status.example.com/subscription/unsubscribe?token=t2", MailMessages.unsubscribeLink(BASE, "t2"));
    }

    @Test
    void aChangeMailNamesTheChangeTheEventAndItsServicesAndEscapesTheHtml() {
        MailMessages.Content mail = MailMessages.change(MailSender.words("en"), "Cloud Status", ChangeKind.UPDATED,
                INCIDENT, CATALOG, BASE, "https://status.example.com/subscription/unsubscribe?token=u");
        assertEquals("Update: API errors <script>alert(1)</script> Bcc: x (Elastic Cloud Server (EU-DE),"
                + " Object <Storage> (EU-NL))", mail.subject());
        assertTrue(mail.text().contains("Impact: major\n"), mail.text());
        assertTrue(mail.text().contains("Status: fixing\n"), mail.text());
        assertTrue(mail.text().contains("Start: 2026-12-02 09:00 UTC\n"), mail.text());
        assertTrue(mail.text().contains("\"fix\" & <b>deploy</b>"), "plain text stays as written");
        assertTrue(mail.text().contains("https://status.example.com/incidents/42"));
        assertTrue(mail.text().contains("Unsubscribe https://status.example.com/subscription/unsubscribe?token=u"));
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertFalse(mail.html().contains("<b>deploy"), mail.html());
        assertFalse(mail.html().contains("<Storage>"), mail.html());
        assertTrue(mail.html().contains("API errors &lt;script&gt;alert(1)&lt;/script&gt;"), mail.html());
        assertTrue(mail.html().contains("&quot;fix&quot; &amp; &lt;b&gt;deploy&lt;/b&gt;"), mail.html());
        assertTrue(mail.html().contains("<a href=\"https://status.example.com/incidents/42\">"), mail.html());
        assertTrue(mail.html().contains("<a href=\"https://status.example.com/subscription/unsubscribe?token=u\">"));
    }

    @Test
    void mailsSpeakTheSubscribersLanguageAndKindsWithoutAWordOfTheirOwnAreUpdates() {
        ResourceBundle german = MailSender.words("de");
        MailMessages.Content mail = MailMessages.change(german, "Cloud Status", ChangeKind.RESOLVED, INCIDENT, CATALOG,
                BASE, "u");
        assertTrue(mail.subject().startsWith("Behoben: API errors"), mail.subject());
        assertTrue(mail.text().contains("Auswirkung: major"), mail.text());
        assertEquals("Wartung begonnen", MailMessages.changeWord(german, "maintenance_in_progress"));
        assertEquals("Update", MailMessages.changeWord(MailSender.words("en"), "info_active"));
        assertEquals("Update", MailMessages.changeWord(MailSender.words("fr"), "info_active"), "English for others");
        MailMessages.Content confirmation = MailMessages.confirmation(german, "Cloud <Status>", "https://c/confirm",
                "https://c/unsub");
        assertEquals("Cloud <Status>: Bitte bestätigen Sie Ihr Abonnement", confirmation.subject());
        assertTrue(confirmation.text().contains("https://c/confirm"));
        assertTrue(confirmation.html().contains("Cloud &lt;Status&gt;"));
    }

    @Test
    void theMessageCarriesBothBodiesTheListHeadersAndAOneLineSubject() throws Exception {
        MailMessages.Content content = MailMessages.change(MailSender.words("en"), "Cloud Status", ChangeKind.OPENED,
                INCIDENT, CATALOG, BASE, "https://status.example.com/subscription/unsubscribe?token=u");
        MimeMessage built = MailSender.message(Session.getInstance(new Properties()), "status@example.com",
                "Cloud Status", "jane@example.com", content, MailMessages.listUnsubscribe(BASE, "u"));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        built.writeTo(raw);
        MimeMessage read = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.toByteArray()));

        assertEquals("<https://status.example.com/mail/unsubscribe?token=u>", read.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", read.getHeader("List-Unsubscribe-Post", null));
        assertEquals("auto-generated", read.getHeader("Auto-Submitted", null));
        assertEquals(content.subject(), read.getSubject());
        assertEquals(null, read.getHeader("Bcc"), "a line break in a title adds no header");
        assertEquals("jane@example.com", read.getAllRecipients()[0].toString());
        assertTrue(read.getFrom()[0].toString().contains("status@example.com"));
        MimeMultipart parts = (MimeMultipart) read.getContent();
        assertTrue(parts.getContentType().startsWith("multipart/alternative"), parts.getContentType());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertEquals(content.text(), ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"));
        assertTrue(((String) parts.getBodyPart(1).getContent()).contains("&lt;script&gt;"));
    }
}
