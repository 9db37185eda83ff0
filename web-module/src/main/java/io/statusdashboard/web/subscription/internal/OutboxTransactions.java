package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.web.platform.database.DashboardDatabase;
import io.statusdashboard.web.subscription.DeliveryView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The sender's short transactions on the webhook outbox. A delivery is claimed as {@link OutboxClaim}
 * claims one, so one instance of a cluster sends it; one that stopped mid-send leaves it to another
 * once its lease ran out, which sends it again with the same idempotency id. No transaction stays
 * open while a request is on the wire.
 */
@ApplicationScoped
public class OutboxTransactions {

    static final int RESULT_MAX = 500;
    private static final Logger LOG = Logger.getLogger(OutboxTransactions.class.getName());

    /** A delivery claimed for sending, with what sending it needs. */
    public record Claimed(long id, String deliveryId, long webhookId, String url, String secret, String payload,
            int attempts, LocalDateTime createdAt) {}

    private record Due(String deliveryKey, long webhookId, String payload, int attempts, LocalDateTime createdAt) {}

    private record Endpoint(String url, String secret) {}

    /** Only the deliveries of enabled endpoints are due: a disabled endpoint's deliveries wait until it is enabled again. */
    private static final OutboxClaim<Due, Endpoint> WEBHOOK_DELIVERIES = new OutboxClaim<>("webhook_delivery",
            "delivery_key, subscription_id, payload, attempts, created_at",
            " AND subscription_id IN (SELECT id FROM webhook_subscription WHERE enabled = TRUE)",
            row -> new Due(row.getString(2), row.getLong(3), row.getString(4), row.getInt(5),
                    row.getObject(6, LocalDateTime.class)),
            Due::webhookId, "webhook_subscription", "url, secret",
            row -> new Endpoint(row.getString(2), row.getString(3)));

    @Inject
    @DashboardDatabase
    private DataSource dataSource;

    /** Up to {@code limit} due deliveries of enabled endpoints, oldest due first, leased to this sender. */
    @Transactional
    public List<Claimed> claimDue(LocalDateTime now, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return claim(connection, now, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("outbox not read", e);
        }
    }

    /** The claim on a connection whose transaction the caller commits, which releases the row locks. */
    static List<Claimed> claim(Connection connection, LocalDateTime now, int limit) throws SQLException {
        return WEBHOOK_DELIVERIES.claim(connection, now, limit).stream()
                .map(claim -> new Claimed(claim.id(), claim.delivery().deliveryKey(), claim.delivery().webhookId(),
                        claim.subscription().url(), claim.subscription().secret(), claim.delivery().payload(),
                        claim.delivery().attempts(), claim.delivery().createdAt()))
                .toList();
    }

    /** The receiver answered 2xx: delivered, and the endpoint is no longer failing. */
    @Transactional
    public void delivered(Claimed delivery, LocalDateTime now, String result) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_delivery SET state = ?,"
                    + " attempts = attempts + 1, last_attempt_at = ?, last_result = ?, delivered_at = ? WHERE id = ?")) {
                update.setString(1, DeliveryView.DELIVERED);
                update.setObject(2, now);
                update.setString(3, shortened(result));
                update.setObject(4, now);
                update.setLong(5, delivery.id());
                update.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE webhook_subscription SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL")) {
                update.setLong(1, delivery.webhookId());
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("delivery not recorded", e);
        }
    }

    /**
     * The attempt failed: the delivery waits for its next attempt by {@link RetrySchedule}, or is
     * given up; an endpoint failing for 24 hours is disabled with a note, its waiting deliveries
     * given up with it.
     *
     * @return the next attempt, or empty when the delivery was given up
     */
    @Transactional
    public Optional<LocalDateTime> failed(Claimed delivery, LocalDateTime now, String result) {
        int attempts = delivery.attempts() + 1;
        Optional<LocalDateTime> next = RetrySchedule.nextAttempt(delivery.createdAt(), attempts, now);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_delivery SET state = ?,"
                    + " attempts = ?, last_attempt_at = ?, last_result = ?, next_attempt_at = ? WHERE id = ?")) {
                update.setString(1, next.isPresent() ? DeliveryView.PENDING : DeliveryView.FAILED);
                update.setInt(2, attempts);
                update.setObject(3, now);
                update.setString(4, shortened(result));
                update.setObject(5, next.orElse(now));
                update.setLong(6, delivery.id());
                update.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE webhook_subscription SET failing_since = ? WHERE id = ? AND failing_since IS NULL")) {
                update.setObject(1, now);
                update.setLong(2, delivery.webhookId());
                update.executeUpdate();
            }
            LocalDateTime failingSince = null;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT failing_since FROM webhook_subscription WHERE id = ? AND enabled = TRUE")) {
                query.setLong(1, delivery.webhookId());
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        failingSince = rows.getObject(1, LocalDateTime.class);
                    }
                }
            }
            if (RetrySchedule.endpointGivenUp(failingSince, now)) {
                disable(connection, delivery.webhookId(), failingSince, now, result);
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("delivery not recorded", e);
        }
        return next;
    }

    private static void disable(Connection connection, long webhookId, LocalDateTime failingSince, LocalDateTime now,
            String result) throws SQLException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        String note = shortened("Disabled " + format.format(now) + " UTC: every delivery since "
                + format.format(failingSince) + " UTC failed, the last with " + result);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE webhook_subscription SET enabled = FALSE, note = ? WHERE id = ?")) {
            update.setString(1, note);
            update.setLong(2, webhookId);
            update.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE webhook_delivery SET state = ?,"
                + " last_result = COALESCE(last_result, ?) WHERE subscription_id = ? AND state = ?")) {
            update.setString(1, DeliveryView.FAILED);
            update.setString(2, "endpoint disabled");
            update.setLong(3, webhookId);
            update.setString(4, DeliveryView.PENDING);
            update.executeUpdate();
        }
        LOG.warning(() -> "Webhook " + webhookId + " disabled: " + note);
    }

    /** A receiver's answer, cut to what the result column holds. */
    static String shortened(String text) {
        return text == null || text.length() <= RESULT_MAX ? text : text.substring(0, RESULT_MAX);
    }
}
