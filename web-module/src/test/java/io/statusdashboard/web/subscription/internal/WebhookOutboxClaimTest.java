package io.statusdashboard.web.subscription.internal;

import static io.statusdashboard.web.subscription.internal.TwoSenders.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the webhook outbox adds to claiming ({@link OutboxClaimTest}), on the real schema: only an
 * enabled endpoint's deliveries are due, each claimed with what sending it needs.
 */
class WebhookOutboxClaimTest {

    private TwoSenders senders;

    @BeforeEach
    void deliveriesToAnEnabledAndADisabledEndpoint() throws SQLException {
        senders = TwoSenders.on("webhook-claim",
                "INSERT INTO webhook_subscription (id, url, secret, enabled, created_at)"
                        + " VALUES (1, 'http://a.example/h', 's1', TRUE, TIMESTAMP '2026-12-02 11:00:00'),"
                        + " (2, 'http://b.example/h', 's2', FALSE, TIMESTAMP '2026-12-02 11:00:00')",
                "INSERT INTO webhook_delivery (subscription_id, delivery_key, event_id, change_kind, payload, state,"
                        + " attempts, created_at, next_attempt_at) VALUES"
                        + " (2, 'key-1', 7, 'opened', '{\"a\":1}', 'pending', 0, TIMESTAMP '2026-12-02 11:59:00', TIMESTAMP '2026-12-02 11:59:01'),"
                        + " (1, 'key-2', 7, 'updated', '{\"b\":2}', 'pending', 3, TIMESTAMP '2026-12-02 11:58:00', TIMESTAMP '2026-12-02 11:59:02')");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        senders.close();
    }

    @Test
    void aDeliveryIsClaimedWithItsEndpointAndTheDisabledEndpointsStays() throws SQLException {
        assertEquals(List.of(new OutboxTransactions.Claimed(2, "key-2", 1, "http://a.example/h", "s1", "{\"b\":2}", 3,
                LocalDateTime.of(2026, 12, 2, 11, 58))), OutboxTransactions.claim(senders.first, NOW, 20));
        senders.first.commit();
        try (Statement statement = senders.second.createStatement()) {
            statement.execute("UPDATE webhook_subscription SET enabled = TRUE WHERE id = 2");
        }
        assertEquals(List.of("key-1"), OutboxTransactions.claim(senders.second, NOW, 20).stream()
                .map(OutboxTransactions.Claimed::deliveryId).toList(),
                "the disabled endpoint's delivery waited, not leased, until the endpoint was enabled again");
    }
}
