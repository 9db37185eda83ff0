package io.statusdashboard.web.subscription.internal;

import static io.statusdashboard.web.subscription.internal.TwoSenders.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two senders claiming the same outbox on the real schema, as both outboxes claim: a row goes to
 * one of them only, also after the first has committed, until its lease runs out. The outbox here
 * is the webhook deliveries' table read plainly; what each outbox adds is tested beside it
 * ({@link MailOutboxClaimTest}, {@link WebhookOutboxClaimTest}).
 */
class OutboxClaimTest {

    /** Each due row's key and its subscription's URL. */
    private static final OutboxClaim<String, String> OUTBOX = new OutboxClaim<>("webhook_delivery",
            "delivery_key, subscription_id", "", row -> row.getLong(3) + " " + row.getString(2),
            row -> Long.parseLong(row.split(" ")[0]), "webhook_subscription", "url", row -> row.getString(2));

    private TwoSenders senders;

    @BeforeEach
    void outboxWithThreeDueRowsAndALaterOne() throws SQLException {
        senders = TwoSenders.on("outbox-claim",
                "INSERT INTO webhook_subscription (id, url, secret, enabled, created_at)"
                        + " VALUES (1, 'http://a.example/h', 's1', TRUE, TIMESTAMP '2026-12-02 11:00:00'),"
                        + " (2, 'http://b.example/h', 's2', TRUE, TIMESTAMP '2026-12-02 11:00:00')",
                "INSERT INTO webhook_delivery (subscription_id, delivery_key, event_id, change_kind, payload, state,"
                        + " attempts, created_at, next_attempt_at) VALUES"
                        + " (1, 'key-3', 7, 'opened', '{}', 'pending', 0, TIMESTAMP '2026-12-02 11:59:00', TIMESTAMP '2026-12-02 11:59:03'),"
                        + " (2, 'key-1', 7, 'opened', '{}', 'pending', 0, TIMESTAMP '2026-12-02 11:59:00', TIMESTAMP '2026-12-02 11:59:01'),"
                        + " (1, 'key-2', 7, 'opened', '{}', 'pending', 0, TIMESTAMP '2026-12-02 11:59:00', TIMESTAMP '2026-12-02 11:59:02'),"
                        + " (1, 'later', 7, 'opened', '{}', 'pending', 0, TIMESTAMP '2026-12-02 11:59:00', TIMESTAMP '2026-12-02 12:30:00'),"
                        + " (1, 'sent', 7, 'opened', '{}', 'delivered', 1, TIMESTAMP '2026-12-02 11:00:00', TIMESTAMP '2026-12-02 11:00:00')");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        senders.close();
    }

    @Test
    void aRowIsClaimedByOneSenderUntilItsLeaseRunsOut() throws SQLException {
        List<OutboxClaim.Claimed<String, String>> claimed = OUTBOX.claim(senders.first, NOW, 20);
        assertEquals(List.of("2 key-1", "1 key-2", "1 key-3"), claimed.stream().map(OutboxClaim.Claimed::delivery).toList(),
                "the pending ones that are due, oldest due first");
        assertEquals(List.of("http://b.example/h", "http://a.example/h", "http://a.example/h"),
                claimed.stream().map(OutboxClaim.Claimed::subscription).toList(), "each with its subscription");

        assertEquals(List.of(), OUTBOX.claim(senders.second, NOW, 20), "locked rows are skipped, not waited for");
        senders.second.commit();
        senders.first.commit();
        assertEquals(List.of(), OUTBOX.claim(senders.second, NOW.plusMinutes(1), 20), "leased after the commit");
        senders.second.commit();
        assertEquals(List.of("1 key-3", "2 key-1", "1 key-2"),
                OUTBOX.claim(senders.second, NOW.plus(OutboxClaim.LEASE), 20).stream()
                        .map(OutboxClaim.Claimed::delivery).toList(),
                "a sender that stopped mid-send leaves them to another once the lease ran out (leased alike, so in the"
                        + " order they were written)");
    }

    @Test
    void aClaimTakesAtMostItsLimitAndLeavesTheRestDue() throws SQLException {
        assertEquals(List.of("2 key-1", "1 key-2"), OUTBOX.claim(senders.first, NOW, 2).stream()
                .map(OutboxClaim.Claimed::delivery).toList());
        senders.first.commit();
        assertEquals(List.of("1 key-3"), OUTBOX.claim(senders.second, NOW, 20).stream()
                .map(OutboxClaim.Claimed::delivery).toList());
    }
}
