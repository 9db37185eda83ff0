package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.statusdashboard.web.subscription.internal.SubscriptionSettings.StartTls;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SubscriptionSettingsTest {

    @Test
    void startTlsIsUsedWhenOfferedByDefaultAndCanBeRequiredOrTurnedOff() {
        Properties auto = SubscriptionSettings.smtpProperties("smtp.example.com", 587, StartTls.AUTO, true);
        assertEquals("smtp.example.com", auto.getProperty("mail.smtp.host"));
        assertEquals("587", auto.getProperty("mail.smtp.port"));
        assertEquals("true", auto.getProperty("mail.smtp.auth"));
        assertEquals("true", auto.getProperty("mail.smtp.starttls.enable"));
        assertEquals("false", auto.getProperty("mail.smtp.starttls.required"));
        Properties required = SubscriptionSettings.smtpProperties("h", 25, StartTls.REQUIRED, false);
        assertEquals("true", required.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", required.getProperty("mail.smtp.starttls.required"));
        assertEquals("false", required.getProperty("mail.smtp.auth"));
        Properties off = SubscriptionSettings.smtpProperties("h", 25, StartTls.OFF, false);
        assertEquals("false", off.getProperty("mail.smtp.starttls.enable"));
        assertEquals("false", off.getProperty("mail.smtp.starttls.required"));
        // A hung server cannot hold a mail past the outbox's lease.
        assertEquals("20000", off.getProperty("mail.smtp.timeout"));
        assertEquals("20000", off.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("20000", off.getProperty("mail.smtp.writetimeout"));
    }

    @Test
    void settingsAreRead() {
        assertEquals(StartTls.REQUIRED, SubscriptionSettings.startTls(" Required "));
        assertEquals(StartTls.OFF, SubscriptionSettings.startTls("off"));
        assertNull(SubscriptionSettings.startTls("sometimes"));
        assertEquals(2525, SubscriptionSettings.port("2525"));
        assertEquals(-1, SubscriptionSettings.port("0"));
        assertEquals(-1, SubscriptionSettings.port("70000"));
        assertEquals(-1, SubscriptionSettings.port("smtp"));
    }
}
