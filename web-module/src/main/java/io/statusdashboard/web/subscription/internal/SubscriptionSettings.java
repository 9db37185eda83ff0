package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.web.PublicUrl;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The subscriptions' settings, read once. */
@ApplicationScoped
public class SubscriptionSettings {

    public static final String ALLOW_PRIVATE = "SDB_WEBHOOK_ALLOW_PRIVATE";
    public static final String SMTP_HOST = "SDB_SMTP_HOST";
    public static final String SMTP_PORT = "SDB_SMTP_PORT";
    public static final String SMTP_USER = "SDB_SMTP_USER";
    public static final String SMTP_PASSWORD = "SDB_SMTP_PASSWORD";
    public static final String SMTP_FROM = "SDB_SMTP_FROM";
    public static final String SMTP_STARTTLS = "SDB_SMTP_STARTTLS";
    /** Connect, read and write timeouts of one mail's SMTP conversation, well inside the outbox's lease. */
    static final int SMTP_TIMEOUT_MS = 20_000;
    private static final Logger LOG = Logger.getLogger(SubscriptionSettings.class.getName());

    /** How STARTTLS is used: when the server offers it (auto), always (required, else no mail), never (off). */
    public enum StartTls { AUTO, REQUIRED, OFF }

    @Inject
    @ConfigProperty(name = ALLOW_PRIVATE, defaultValue = "false")
    private boolean allowPrivate;

    @Inject
    @ConfigProperty(name = SMTP_HOST)
    private Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = SMTP_PORT, defaultValue = "587")
    private String smtpPort;

    @Inject
    @ConfigProperty(name = SMTP_USER)
    private Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = SMTP_PASSWORD)
    private Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = SMTP_FROM)
    private Optional<String> smtpFrom;

    @Inject
    @ConfigProperty(name = SMTP_STARTTLS, defaultValue = "auto")
    private String startTls;

    @Inject
    private PublicUrl publicUrl;

    private boolean mailEnabled;
    private Properties smtp;
    private String from;

    @PostConstruct
    void check() {
        Optional<String> host = smtpHost.map(String::strip).filter(value -> !value.isEmpty());
        if (host.isEmpty()) {
            LOG.info(SMTP_HOST + " is not set: e-mail subscriptions are off");
            return;
        }
        Optional<String> sender = smtpFrom.map(String::strip).flatMap(MailAddress::normalised);
        int port = port(smtpPort);
        StartTls tls = startTls(startTls);
        if (sender.isEmpty()) {
            LOG.warning(SMTP_HOST + " is set but " + SMTP_FROM + " is not a plain address: e-mail subscriptions are off");
        } else if (publicUrl.base().isEmpty()) {
            LOG.warning(SMTP_HOST + " is set but " + PublicUrl.SETTING + " is not: mails need its absolute links,"
                    + " e-mail subscriptions are off");
        } else if (port < 1 || tls == null) {
            LOG.warning(SMTP_PORT + " must be a port number and " + SMTP_STARTTLS
                    + " one of auto, required, off: e-mail subscriptions are off");
        } else {
            from = sender.get();
            smtp = smtpProperties(host.get(), port, tls, smtpUser.filter(user -> !user.isBlank()).isPresent());
            mailEnabled = true;
            // The password is never logged; only whether there is one.
            LOG.info(() -> "E-mail subscriptions on: SMTP " + host.get() + ":" + port + ", STARTTLS "
                    + tls.name().toLowerCase(Locale.ROOT) + (smtpUser.isPresent() ? ", with sign-in" : ""));
        }
    }

    /** The targets webhooks may be sent to, resolving names with the system's resolver. */
    public WebhookTargets targets() {
        return new WebhookTargets(allowPrivate, InetAddress::getAllByName);
    }

    /** True when mails can be sent: SMTP host, sender address and public URL are all set and usable. */
    public boolean mailEnabled() {
        return mailEnabled;
    }

    String from() {
        return from;
    }

    Properties smtp() {
        return smtp;
    }

    Optional<String> smtpUser() {
        return smtpUser.filter(user -> !user.isBlank());
    }

    Optional<String> smtpPassword() {
        return smtpPassword;
    }

    /** Jakarta Mail's session properties for the settings. */
    static Properties smtpProperties(String host, int port, StartTls tls, boolean signIn) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", host);
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.auth", String.valueOf(signIn));
        properties.setProperty("mail.smtp.starttls.enable", String.valueOf(tls != StartTls.OFF));
        properties.setProperty("mail.smtp.starttls.required", String.valueOf(tls == StartTls.REQUIRED));
        properties.setProperty("mail.smtp.connectiontimeout", String.valueOf(SMTP_TIMEOUT_MS));
        properties.setProperty("mail.smtp.timeout", String.valueOf(SMTP_TIMEOUT_MS));
        properties.setProperty("mail.smtp.writetimeout", String.valueOf(SMTP_TIMEOUT_MS));
        // Certificates are checked against the host name when TLS is used.
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        return properties;
    }

    static int port(String setting) {
        try {
            int port = Integer.parseInt(setting.strip());
            return port >= 1 && port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static StartTls startTls(String setting) {
        try {
            return StartTls.valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
