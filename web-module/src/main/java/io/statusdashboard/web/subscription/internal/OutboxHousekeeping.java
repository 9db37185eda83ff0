package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.web.platform.database.DashboardDatabase;
import io.statusdashboard.web.subscription.DeliveryView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the subscription tables from growing without end, run by the sender about once an hour.
 * Every instance of a cluster may run it; the deletes find nothing the second time.
 *
 * <ul>
 * <li>A mail subscription nobody confirmed within {@link JdbcMailSubscriptions#CONFIRM_WITHIN}
 * goes, with its tokens and mails: its link no longer works, and an address its owner never
 * agreed to is not kept.
 * <li>Confirmation tokens go after the same time, when they stop working anyway.
 * <li>Unsubscribe tokens, one per mail sent, go after {@link #UNSUBSCRIBE_LINKS_WORK}: a link in a
 * mail that old no longer unsubscribes, every newer mail carries a working one.
 * <li>Sent and given-up deliveries, mails and webhooks alike, go after {@link #HISTORY}: operators
 * read an endpoint's recent deliveries; pending ones stay until sent or given up.
 * </ul>
 */
@ApplicationScoped
public class OutboxHousekeeping {

    static final Duration UNSUBSCRIBE_LINKS_WORK = Duration.ofDays(365);
    static final Duration HISTORY = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(OutboxHousekeeping.class.getName());

    @Inject
    @DashboardDatabase
    private DataSource dataSource;

    @Transactional
    public void sweep(LocalDateTime now) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Integer> removed = sweep(connection, now);
            if (removed.values().stream().anyMatch(count -> count > 0)) {
                LOG.info(() -> "Subscription housekeeping removed " + removed);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subscription housekeeping failed", e);
        }
    }

    /** The deletes on a connection whose transaction the caller commits; answers the rows removed by kind. */
    static Map<String, Integer> sweep(Connection connection, LocalDateTime now) throws SQLException {
        Map<String, Integer> removed = new LinkedHashMap<>();
        LocalDateTime unconfirmedBefore = now.minus(JdbcMailSubscriptions.CONFIRM_WITHIN);
        removed.put("unconfirmed subscriptions", delete(connection,
                "DELETE FROM mail_subscription WHERE confirmed_at IS NULL AND created_at < ?", unconfirmedBefore));
        removed.put("confirmation tokens", delete(connection,
                "DELETE FROM mail_token WHERE purpose = '" + MailTokens.CONFIRM + "' AND created_at < ?",
                unconfirmedBefore));
        removed.put("unsubscribe tokens", delete(connection,
                "DELETE FROM mail_token WHERE purpose = '" + MailTokens.UNSUBSCRIBE + "' AND created_at < ?",
                now.minus(UNSUBSCRIBE_LINKS_WORK)));
        String finished = " WHERE state IN ('" + DeliveryView.DELIVERED + "', '" + DeliveryView.FAILED
                + "') AND created_at < ?";
        removed.put("mails", delete(connection, "DELETE FROM mail_delivery" + finished, now.minus(HISTORY)));
        removed.put("webhook deliveries", delete(connection, "DELETE FROM webhook_delivery" + finished,
                now.minus(HISTORY)));
        return removed;
    }

    private static int delete(Connection connection, String sql, LocalDateTime before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setObject(1, before);
            return delete.executeUpdate();
        }
    }
}
