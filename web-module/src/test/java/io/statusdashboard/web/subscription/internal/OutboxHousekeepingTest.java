package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the housekeeping removes and what it keeps, on the real schema. */
class OutboxHousekeepingTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);

    private Connection connection;

    @BeforeEach
    void subscriptionsOfEveryAge() throws SQLException {
        String url = SubscriptionTables.migrate("outbox-housekeeping");
        connection = SubscriptionTables.open(url);
        try (Statement statement = connection.createStatement()) {
            // 1 never confirmed, 8 days old; 2 unconfirmed, 6 days old; 3 confirmed long ago.
            statement.execute("INSERT INTO mail_subscription (id, address, language, created_at, confirmed_at) VALUES"
                    + " (1, 'late@example.com', 'en', TIMESTAMP '2026-11-24 11:00:00', NULL),"
                    + " (2, 'soon@example.com', 'en', TIMESTAMP '2026-11-26 13:00:00', NULL),"
                    + " (3, 'reader@example.com', 'de', TIMESTAMP '2025-01-01 10:00:00', TIMESTAMP '2025-01-01 10:05:00')");
            statement.execute("INSERT INTO mail_token (token_hash, subscription_id, purpose, created_at) VALUES"
                    + " ('late-confirm', 1, 'confirm', TIMESTAMP '2026-11-24 11:00:00'),"
                    + " ('soon-confirm', 2, 'confirm', TIMESTAMP '2026-11-26 13:00:00'),"
                    + " ('reader-old-confirm', 3, 'confirm', TIMESTAMP '2025-01-01 10:00:00'),"
                    + " ('reader-old-link', 3, 'unsubscribe', TIMESTAMP '2025-11-30 12:00:00'),"
                    + " ('reader-year-link', 3, 'unsubscribe', TIMESTAMP '2025-12-04 12:00:00'),"
                    + " ('reader-new-link', 3, 'unsubscribe', TIMESTAMP '2026-12-01 12:00:00')");
            statement.execute("INSERT INTO mail_delivery (subscription_id, kind, event_id, state, attempts, created_at,"
                    + " next_attempt_at) VALUES"
                    + " (3, 'opened', 7, 'delivered', 1, TIMESTAMP '2026-10-01 12:00:00', TIMESTAMP '2026-10-01 12:00:00'),"
                    + " (3, 'resolved', 7, 'failed', 9, TIMESTAMP '2026-10-02 12:00:00', TIMESTAMP '2026-10-03 12:00:00'),"
                    + " (3, 'opened', 8, 'delivered', 1, TIMESTAMP '2026-11-20 12:00:00', TIMESTAMP '2026-11-20 12:00:00'),"
                    + " (3, 'updated', 8, 'pending', 0, TIMESTAMP '2026-10-01 12:00:00', TIMESTAMP '2026-12-02 12:00:00')");
            statement.execute("INSERT INTO webhook_subscription (id, url, secret, created_at) VALUES"
                    + " (1, 'https://hooks.example.com/a', 's', TIMESTAMP '2026-01-01 00:00:00')");
            statement.execute("INSERT INTO webhook_delivery (subscription_id, delivery_key, event_id, change_kind,"
                    + " payload, state, created_at, next_attempt_at) VALUES"
                    + " (1, 'old-sent', 7, 'opened', '{}', 'delivered', TIMESTAMP '2026-10-01 12:00:00', TIMESTAMP '2026-10-01 12:00:00'),"
                    + " (1, 'old-failed', 7, 'opened', '{}', 'failed', TIMESTAMP '2026-10-01 12:00:00', TIMESTAMP '2026-10-02 12:00:00'),"
                    + " (1, 'old-pending', 7, 'opened', '{}', 'pending', TIMESTAMP '2026-10-01 12:00:00', TIMESTAMP '2026-12-02 12:00:00'),"
                    + " (1, 'recent-sent', 8, 'opened', '{}', 'delivered', TIMESTAMP '2026-11-20 12:00:00', TIMESTAMP '2026-11-20 12:00:00')");
        }
        connection.setAutoCommit(false);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        connection.rollback();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        connection.close();
    }

    @Test
    void removesWhatExpiredAndKeepsWhatStillWorks() throws SQLException {
        Map<String, Integer> removed = OutboxHousekeeping.sweep(connection, NOW);

        assertEquals(List.of("2", "3"), column("SELECT id FROM mail_subscription ORDER BY id"),
                "only the subscription unconfirmed past its week goes");
        assertEquals(List.of("reader-new-link", "reader-year-link", "soon-confirm"),
                column("SELECT token_hash FROM mail_token ORDER BY token_hash"),
                "links of mails sent within the year and confirmations within the week keep working");
        assertEquals(List.of("opened 8 delivered", "updated 8 pending"),
                column("SELECT kind || ' ' || event_id || ' ' || state FROM mail_delivery ORDER BY kind"));
        assertEquals(List.of("old-pending", "recent-sent"),
                column("SELECT delivery_key FROM webhook_delivery ORDER BY delivery_key"),
                "a month of history, and whatever is still to send");
        assertEquals(Map.of("unconfirmed subscriptions", 1, "confirmation tokens", 1, "unsubscribe tokens", 1,
                "mails", 2, "webhook deliveries", 2), removed, "the late subscription's token went with it");
    }

    @Test
    void aSecondSweepFindsNothing() throws SQLException {
        OutboxHousekeeping.sweep(connection, NOW);
        assertEquals(List.of(0), OutboxHousekeeping.sweep(connection, NOW).values().stream().distinct().toList());
    }

    private List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
