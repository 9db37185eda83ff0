package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
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
 * The mail outbox on the real schema, claimed by two senders (two connections, as two instances
 * sharing the database): each mail goes to one of them, with fresh tokens whose hashes only are
 * stored.
 */
class MailOutboxClaimTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);

    private Connection first;
    private Connection second;

    @BeforeEach
    void outboxWithAConfirmationAndANotification() throws SQLException {
        String url = SubscriptionTables.migrate("mail-claim");
        first = SubscriptionTables.open(url);
        second = SubscriptionTables.open(url);
        try (Statement statement = first.createStatement()) {
            statement.execute("INSERT INTO mail_subscription (id, address, language, created_at, confirmed_at) VALUES"
                    + " (1, 'new@example.com', 'de', TIMESTAMP '2026-12-02 11:59:00', NULL),"
                    + " (2, 'old@example.com', 'en', TIMESTAMP '2026-12-01 11:00:00', TIMESTAMP '2026-12-01 11:05:00')");
            statement.execute("INSERT INTO mail_delivery (subscription_id, kind, event_id, state, attempts, created_at,"
                    + " next_attempt_at) VALUES (1, 'confirm', NULL, 'pending', 0, TIMESTAMP '2026-12-02 11:59:00',"
                    + " TIMESTAMP '2026-12-02 11:59:00'), (2, 'opened', 7, 'pending', 0, TIMESTAMP '2026-12-02 11:59:30',"
                    + " TIMESTAMP '2026-12-02 11:59:30'), (2, 'resolved', 7, 'pending', 0, TIMESTAMP '2026-12-02 11:59:40',"
                    + " TIMESTAMP '2026-12-02 12:10:00')");
        }
        first.setAutoCommit(false);
        second.setAutoCommit(false);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        first.rollback();
        second.rollback();
        try (Statement statement = first.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        first.close();
        second.close();
    }

    @Test
    void aMailIsClaimedByOneSenderWithFreshTokensStoredOnlyAsHashes() throws SQLException {
        List<MailOutbox.Claimed> claimed = MailOutbox.claim(first, NOW, 20);
        assertEquals(List.of("confirm", "opened"), claimed.stream().map(MailOutbox.Claimed::kind).toList(),
                "due ones, oldest first");
        MailOutbox.Claimed confirmation = claimed.get(0);
        assertEquals("new@example.com", confirmation.address());
        assertEquals("de", confirmation.language());
        assertNull(confirmation.eventId());
        assertNotNull(confirmation.confirmToken());
        MailOutbox.Claimed notification = claimed.get(1);
        assertEquals(7L, notification.eventId());
        assertNull(notification.confirmToken(), "only the confirmation confirms");
        assertEquals(List.of(), MailOutbox.claim(second, NOW, 20), "locked rows are skipped, not waited for");
        first.commit();
        second.commit();

        List<String> stored = new ArrayList<>();
        try (Statement statement = second.createStatement();
                ResultSet rows = statement.executeQuery("SELECT token_hash, subscription_id, purpose FROM mail_token"
                        + " ORDER BY subscription_id, purpose")) {
            while (rows.next()) {
                stored.add(rows.getString(1) + " " + rows.getLong(2) + " " + rows.getString(3));
            }
        }
        assertEquals(List.of(MailTokens.hash(confirmation.confirmToken()) + " 1 confirm",
                MailTokens.hash(confirmation.unsubscribeToken()) + " 1 unsubscribe",
                MailTokens.hash(notification.unsubscribeToken()) + " 2 unsubscribe"), stored);
        assertEquals(List.of(), MailOutbox.claim(second, NOW.plusMinutes(1), 20), "leased after the commit");
        second.commit();
        assertEquals(3, MailOutbox.claim(second, NOW.plus(OutboxTransactions.LEASE).plusMinutes(10), 20).size(),
                "a sender that stopped mid-send leaves them to another once the lease ran out");
    }

    @Test
    void theMailsOfAnEndedSubscriptionGoWithIt() throws SQLException {
        try (Statement statement = first.createStatement()) {
            statement.execute("DELETE FROM mail_subscription WHERE id = 2");
        }
        assertEquals(List.of("confirm"), MailOutbox.claim(first, NOW.plusHours(1), 20).stream()
                .map(MailOutbox.Claimed::kind).toList());
    }
}
