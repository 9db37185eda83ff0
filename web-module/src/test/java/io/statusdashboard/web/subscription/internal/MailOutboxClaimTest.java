package io.statusdashboard.web.subscription.internal;

import static io.statusdashboard.web.subscription.internal.TwoSenders.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the mail outbox adds to claiming ({@link OutboxClaimTest}), on the real schema: each mail
 * claimed with its subscriber and fresh tokens whose hashes only are stored.
 */
class MailOutboxClaimTest {

    private TwoSenders senders;

    @BeforeEach
    void outboxWithAConfirmationAndANotification() throws SQLException {
        senders = TwoSenders.on("mail-claim",
                "INSERT INTO mail_subscription (id, address, language, created_at, confirmed_at) VALUES"
                        + " (1, 'new@example.com', 'de', TIMESTAMP '2026-12-02 11:59:00', NULL),"
                        + " (2, 'old@example.com', 'en', TIMESTAMP '2026-12-01 11:00:00', TIMESTAMP '2026-12-01 11:05:00')",
                "INSERT INTO mail_delivery (subscription_id, kind, event_id, state, attempts, created_at,"
                        + " next_attempt_at) VALUES (1, 'confirm', NULL, 'pending', 0, TIMESTAMP '2026-12-02 11:59:00',"
                        + " TIMESTAMP '2026-12-02 11:59:00'), (2, 'opened', 7, 'pending', 0, TIMESTAMP '2026-12-02 11:59:30',"
                        + " TIMESTAMP '2026-12-02 11:59:30'), (2, 'resolved', 7, 'pending', 0, TIMESTAMP '2026-12-02 11:59:40',"
                        + " TIMESTAMP '2026-12-02 12:10:00')");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        senders.close();
    }

    @Test
    void aMailIsClaimedWithItsSubscriberAndFreshTokensStoredOnlyAsHashes() throws SQLException {
        List<MailOutbox.Claimed> claimed = MailOutbox.claim(senders.first, NOW, 20);
        assertEquals(List.of("confirm", "opened"), claimed.stream().map(MailOutbox.Claimed::kind).toList(),
                "due ones, oldest first");
        MailOutbox.Claimed confirmation = claimed.get(0);
        assertEquals(1L, confirmation.subscriptionId());
        assertEquals("new@example.com", confirmation.address());
        assertEquals("de", confirmation.language());
        assertNull(confirmation.eventId());
        assertEquals(LocalDateTime.of(2026, 12, 2, 11, 59), confirmation.createdAt());
        assertNotNull(confirmation.confirmToken());
        MailOutbox.Claimed notification = claimed.get(1);
        assertEquals("old@example.com", notification.address());
        assertEquals(7L, notification.eventId());
        assertEquals(0, notification.attempts());
        assertNull(notification.confirmToken(), "only the confirmation confirms");
        senders.first.commit();

        List<String> stored = new ArrayList<>();
        try (Statement statement = senders.second.createStatement();
                ResultSet rows = statement.executeQuery("SELECT token_hash, subscription_id, purpose FROM mail_token"
                        + " ORDER BY subscription_id, purpose")) {
            while (rows.next()) {
                stored.add(rows.getString(1) + " " + rows.getLong(2) + " " + rows.getString(3));
            }
        }
        assertEquals(List.of(MailTokens.hash(confirmation.confirmToken()) + " 1 confirm",
                MailTokens.hash(confirmation.unsubscribeToken()) + " 1 unsubscribe",
                MailTokens.hash(notification.unsubscribeToken()) + " 2 unsubscribe"), stored);
    }

    @Test
    void aMailNotClaimedMakesNoTokens() throws SQLException {
        assertEquals(List.of(), MailOutbox.claim(senders.first, NOW.minusHours(1), 20));
        try (Statement statement = senders.first.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM mail_token")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
    }

    @Test
    void theMailsOfAnEndedSubscriptionGoWithIt() throws SQLException {
        try (Statement statement = senders.first.createStatement()) {
            statement.execute("DELETE FROM mail_subscription WHERE id = 2");
        }
        assertEquals(List.of("confirm"), MailOutbox.claim(senders.first, NOW.plusHours(1), 20).stream()
                .map(MailOutbox.Claimed::kind).toList());
    }
}
