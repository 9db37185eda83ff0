package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.web.database.DashboardDatabase;
import io.statusdashboard.web.subscription.DeliveryView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The sender's short transactions on the mail outbox, claimed and leased as the webhook deliveries
 * are ({@link OutboxTransactions}): row locks with {@code SKIP LOCKED} so one instance of a cluster
 * takes each mail, a lease so no other takes it while it is sent. The claim also makes the mail's
 * tokens and stores their hashes, so the links exist in clear only in the mail itself.
 */
@ApplicationScoped
public class MailOutbox {

    /** A mail claimed for sending: to whom, what, and the tokens of its links. */
    public record Claimed(long id, long subscriptionId, String address, String language, String kind, Long eventId,
            int attempts, LocalDateTime createdAt, String confirmToken, String unsubscribeToken) {

        @Override
        public String toString() {
            // Never the address or a token: this may end up in a log line.
            return "mail " + id + " (" + kind + ") of subscription " + subscriptionId;
        }
    }

    @Inject
    @DashboardDatabase
    private DataSource dataSource;

    @Transactional
    public List<Claimed> claimDue(LocalDateTime now, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return claim(connection, now, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("mail outbox not read", e);
        }
    }

    /** The claim on a connection whose transaction the caller commits, which releases the row locks. */
    static List<Claimed> claim(Connection connection, LocalDateTime now, int limit) throws SQLException {
        Map<Long, Object[]> due = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, subscription_id, kind, event_id,"
                + " attempts, created_at FROM mail_delivery WHERE state = ? AND next_attempt_at <= ?"
                + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            query.setString(1, DeliveryView.PENDING);
            query.setObject(2, now);
            query.setInt(3, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long eventId = rows.getLong(4);
                    Long event = rows.wasNull() ? null : eventId;
                    due.put(rows.getLong(1), new Object[] {rows.getLong(2), rows.getString(3), event, rows.getInt(5),
                            rows.getObject(6, LocalDateTime.class)});
                }
            }
        }
        if (due.isEmpty()) {
            return List.of();
        }
        OutboxTransactions.lease(connection, "mail_delivery", due.keySet(), now);
        Map<Long, String[]> subscribers = new LinkedHashMap<>();
        // Numbers only, from the rows just read.
        String ids = due.values().stream().map(row -> String.valueOf(row[0])).distinct().collect(Collectors.joining(","));
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, address, language FROM mail_subscription WHERE id IN (" + ids + ")");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                subscribers.put(rows.getLong(1), new String[] {rows.getString(2), rows.getString(3)});
            }
        }
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement token = connection.prepareStatement("INSERT INTO mail_token (token_hash, subscription_id,"
                + " purpose, created_at) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, Object[]> entry : due.entrySet()) {
                Object[] row = entry.getValue();
                long subscriptionId = (Long) row[0];
                String[] subscriber = subscribers.get(subscriptionId);
                if (subscriber == null) {
                    continue;
                }
                String kind = (String) row[1];
                String confirm = MailTokens.CONFIRM.equals(kind) ? MailTokens.newToken() : null;
                String unsubscribe = MailTokens.newToken();
                if (confirm != null) {
                    addToken(token, confirm, subscriptionId, MailTokens.CONFIRM, now);
                }
                addToken(token, unsubscribe, subscriptionId, MailTokens.UNSUBSCRIBE, now);
                claimed.add(new Claimed(entry.getKey(), subscriptionId, subscriber[0], subscriber[1], kind,
                        (Long) row[2], (Integer) row[3], (LocalDateTime) row[4], confirm, unsubscribe));
            }
            token.executeBatch();
        }
        return claimed;
    }

    private static void addToken(PreparedStatement insert, String token, long subscriptionId, String purpose,
            LocalDateTime now) throws SQLException {
        insert.setString(1, MailTokens.hash(token));
        insert.setLong(2, subscriptionId);
        insert.setString(3, purpose);
        insert.setObject(4, now);
        insert.addBatch();
    }

    /** Sent (or, for an event no longer public, dropped with that reason). */
    @Transactional
    public void delivered(Claimed mail, LocalDateTime now, String result) {
        update(mail.id(), DeliveryView.DELIVERED, mail.attempts() + 1, now, result, now, now);
    }

    /**
     * The attempt failed: retried by {@link RetrySchedule} (15 s, doubling, at most an hour apart,
     * for a day), or given up when {@code permanent} (the server refused the address) or too late.
     *
     * @return the next attempt, or empty when the mail was given up
     */
    @Transactional
    public Optional<LocalDateTime> failed(Claimed mail, LocalDateTime now, String result, boolean permanent) {
        int attempts = mail.attempts() + 1;
        Optional<LocalDateTime> next = permanent ? Optional.empty()
                : RetrySchedule.nextAttempt(mail.createdAt(), attempts, now);
        update(mail.id(), next.isPresent() ? DeliveryView.PENDING : DeliveryView.FAILED, attempts, now, result,
                next.orElse(now), null);
        return next;
    }

    private void update(long id, String state, int attempts, LocalDateTime now, String result, LocalDateTime next,
            LocalDateTime deliveredAt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE mail_delivery SET state = ?, attempts = ?,"
                        + " last_attempt_at = ?, last_result = ?, next_attempt_at = ?, delivered_at = ? WHERE id = ?")) {
            update.setString(1, state);
            update.setInt(2, attempts);
            update.setObject(3, now);
            update.setString(4, OutboxTransactions.shortened(result));
            update.setObject(5, next);
            if (deliveredAt == null) {
                update.setNull(6, java.sql.Types.TIMESTAMP);
            } else {
                update.setObject(6, deliveredAt);
            }
            update.setLong(7, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("mail outcome not recorded", e);
        }
    }
}
