package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two senders (two connections, as two instances sharing the database) claiming the same outbox
 * on the real schema: a delivery goes to one of them only, also after the first has committed,
 * until its lease runs out.
 */
class OutboxClaimTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);

    private Connection first;
    private Connection second;

    @BeforeEach
    void outboxWithThreeDueDeliveries() throws SQLException {
        String url = SubscriptionTables.migrate("outbox-claim");
        first = SubscriptionTables.open(url);
        second = SubscriptionTables.open(url);
        try (Statement statement = first.createStatement()) {
            statement.execute("INSERT INTO webhook_subscription (id, url, secret, enabled, created_at)"
                    + " VALUES (1, 'http://a.example/h', 's1', TRUE, TIMESTAMP '2026-12-02 11:00:00'),"
                    + " (2, 'http://b.example/h', 's2', FALSE, TIMESTAMP '2026-12-02 11:00:00')");
            for (int i = 1; i <= 4; i++) {
                statement.execute("INSERT INTO webhook_delivery (subscription_id, delivery_key, event_id, change_kind,"
                        + " payload, state, attempts, created_at, next_attempt_at) VALUES (" + (i == 4 ? 2 : 1)
                        + ", 'key-" + i + "', 7, 'opened', '{}', 'pending', 0, TIMESTAMP '2026-12-02 11:59:00',"
                        + " TIMESTAMP '2026-12-02 11:59:0" + i + "')");
            }
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
    void aDeliveryIsClaimedByOneSenderUntilItsLeaseRunsOut() throws SQLException {
        List<OutboxTransactions.Claimed> claimed = OutboxTransactions.claim(first, NOW, 20);
        assertEquals(List.of("key-1", "key-2", "key-3"), claimed.stream().map(OutboxTransactions.Claimed::deliveryId).toList(),
                "oldest due first; the disabled endpoint's delivery stays");
        assertEquals("http://a.example/h", claimed.get(0).url());
        assertEquals("s1", claimed.get(0).secret());

        assertEquals(List.of(), OutboxTransactions.claim(second, NOW, 20), "locked rows are skipped, not waited for");
        second.commit();
        first.commit();
        assertEquals(List.of(), OutboxTransactions.claim(second, NOW.plusMinutes(1), 20), "leased after the commit");
        second.commit();
        assertEquals(3, OutboxTransactions.claim(second, NOW.plus(OutboxTransactions.LEASE), 20).size(),
                "a sender that stopped mid-send leaves them to another once the lease ran out");
    }

    @Test
    void aClaimTakesAtMostItsLimit() throws SQLException {
        assertEquals(List.of("key-1", "key-2"), OutboxTransactions.claim(first, NOW, 2).stream()
                .map(OutboxTransactions.Claimed::deliveryId).toList());
    }
}
