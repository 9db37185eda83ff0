package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.web.Branding;
import io.statusdashboard.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Sends the mail outbox, in the webhook sender's rounds ({@link WebhookSender}): the same tick,
 * the same nudge after a commit, the same claim and lease, the same retry schedule. Each mail is
 * built when it is sent, from the event as it is then, in the subscriber's language, with fresh
 * tokens; a mail about an event the public may not see (any more) is dropped. The log names the
 * mail's and the subscription's ids, never the address, and never the SMTP password.
 */
@ApplicationScoped
public class MailSender {

    static final String TEXTS = "io.statusdashboard.web.Texts";
    private static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    private SubscriptionSettings settings;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailComposer composer;

    @Inject
    private SenderTransactions transactions;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private Branding branding;

    private volatile Session session;

    /** One pass over the due mails; called by the webhook sender's round, never concurrently. */
    void sendDue() {
        if (!settings.mailEnabled()) {
            return;
        }
        List<MailOutbox.Claimed> claimed;
        do {
            claimed = transactions.inTransaction(() -> outbox.claimDue(OutboxTime.now(), BATCH));
            if (!claimed.isEmpty()) {
                Map<Long, Optional<MailMessages.Content>> contents = composer.compose(claimed);
                claimed.forEach(mail -> attempt(mail, contents.getOrDefault(mail.id(), Optional.empty())));
            }
        } while (claimed.size() == BATCH);
    }

    private void attempt(MailOutbox.Claimed mail, Optional<MailMessages.Content> composed) {
        if (composed.isEmpty()) {
            transactions.runInTransaction(
                    () -> outbox.delivered(mail, OutboxTime.now(), "not sent: the event is not public"));
            return;
        }
        String base = publicUrl.base().orElseThrow();
        MailMessages.Content content = composed.get();
        try {
            MimeMessage message = message(session(), settings.from(), branding.getTitle(), mail.address(), content,
                    MailMessages.listUnsubscribe(base, mail.unsubscribeToken()));
            Optional<String> user = settings.smtpUser();
            if (user.isPresent()) {
                Transport.send(message, user.get(), settings.smtpPassword().orElse(""));
            } else {
                Transport.send(message);
            }
            transactions.runInTransaction(() -> outbox.delivered(mail, OutboxTime.now(), "sent"));
            LOG.fine(() -> mail + " sent");
        } catch (SendFailedException refused) {
            // The server refused the recipient: trying again changes nothing.
            String result = "refused by the mail server (" + refused.getClass().getSimpleName() + ")";
            transactions.inTransaction(() -> outbox.failed(mail, OutboxTime.now(), result, true));
            LOG.info(() -> mail + " given up: " + result);
        } catch (MessagingException | RuntimeException e) {
            // The exception's text may quote the address; the class names what went wrong well enough.
            String result = "not sent (" + e.getClass().getSimpleName() + ")";
            Optional<LocalDateTime> next = transactions.inTransaction(
                    () -> outbox.failed(mail, OutboxTime.now(), result, false));
            LOG.info(() -> mail + " failed: " + result + ", "
                    + next.map(at -> "next attempt at " + at + " UTC").orElse("given up"));
        }
    }

    /**
     * A mail of both bodies, with the list headers of RFC 2369 and RFC 8058 that let mail clients
     * offer their own unsubscribe button, and {@code Auto-Submitted} so that auto-responders keep
     * quiet.
     */
    static MimeMessage message(Session session, String from, String site, String to, MailMessages.Content content,
            String listUnsubscribe) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(from, site, StandardCharsets.UTF_8.name()));
        } catch (java.io.UnsupportedEncodingException e) {
            message.setFrom(new InternetAddress(from));
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader(MailMessages.LIST_UNSUBSCRIBE, listUnsubscribe);
        message.setHeader(MailMessages.LIST_UNSUBSCRIBE_POST, MailMessages.ONE_CLICK);
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), StandardCharsets.UTF_8.name(), "html");
        // Plainest first: a client shows the last part it can render.
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }

    /** The page bundle in the subscriber's language; English for a language the pages no longer speak. */
    static ResourceBundle words(String language) {
        Locale locale = language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);
        return ResourceBundle.getBundle(TEXTS, locale, MailSender.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            current = Session.getInstance(settings.smtp());
            session = current;
        }
        return current;
    }
}
