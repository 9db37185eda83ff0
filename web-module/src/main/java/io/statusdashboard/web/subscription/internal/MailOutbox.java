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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The sender's short transactions on the mail outbox. A mail is claimed as {@link OutboxClaim} claims
 * the webhook deliveries too, so one instance of a cluster sends it; the claim also makes the mail's
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

    private record Due(long subscriptionId, String kind, Long eventId, int attempts, LocalDateTime createdAt) {}

    private record Subscriber(String address, String language) {}

    private static final OutboxClaim<Due, Subscriber> MAILS = new OutboxClaim<>("mail_delivery",
            "subscription_id, kind, event_id, attempts, created_at", "", MailOutbox::due, Due::subscriptionId,
            "mail_subscription", "address, language", row -> new Subscriber(row.getString(2), row.getString(3)));

    private static Due due(ResultSet row) throws SQLException {
        long eventId = row.getLong(4);
        Long event = row.wasNull() ? null : eventId;
        return new Due(row.getLong(2), row.getString(3), event, row.getInt(5), row.getObject(6, LocalDateTime.class));
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
        List<OutboxClaim.Claimed<Due, Subscriber>> due = MAILS.claim(connection, now, limit);
        if (due.isEmpty()) {
            return List.of();
        }
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement token = connection.prepareStatement("INSERT INTO mail_token (token_hash, subscription_id,"
                + " purpose, created_at) VALUES (?, ?, ?, ?)")) {
            for (OutboxClaim.Claimed<Due, Subscriber> claim : due) {
                Due mail = claim.delivery();
                String confirm = MailTokens.CONFIRM.equals(mail.kind()) ? MailTokens.newToken() : null;
                String unsubscribe = MailTokens.newToken();
                if (confirm != null) {
                    addToken(token, confirm, mail.subscriptionId(), MailTokens.CONFIRM, now);
                }
                addToken(token, unsubscribe, mail.subscriptionId(), MailTokens.UNSUBSCRIBE, now);
                claimed.add(new Claimed(claim.id(), mail.subscriptionId(), claim.subscription().address(),
                        claim.subscription().language(), mail.kind(), mail.eventId(), mail.attempts(), mail.createdAt(),
                        confirm, unsubscribe));
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
