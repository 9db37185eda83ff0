package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.web.subscription.DeliveryView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Claiming due outbox rows, the same for the mails and the webhook deliveries. Claiming is what
 * makes one instance of a cluster send a delivery: due rows are locked with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}, so two senders never take the same row, and leased
 * (their next attempt moved past the time a send may take) before the caller commits and so
 * releases the lock, so no other sender takes them while this one sends. A sender that stops
 * mid-send leaves the lease to run out; another then sends again. A row whose subscription is gone
 * meanwhile is leased but not handed out.
 *
 * <p>One outbox is its two tables, with a reader for each; every name is a constant of ours,
 * never input.
 *
 * @param deliveryColumns the columns {@code delivery} reads, after the id
 * @param dueCondition more to what makes a row due ({@code " AND ..."}), or empty
 * @param subscriptionId the subscription a row read by {@code delivery} is for
 * @param subscriptionColumns the columns {@code subscription} reads, after the id
 * @param <D> an outbox row as {@code delivery} reads it
 * @param <S> a subscription row as {@code subscription} reads it
 */
record OutboxClaim<D, S>(String deliveryTable, String deliveryColumns, String dueCondition, RowReader<D> delivery,
        ToLongFunction<D> subscriptionId, String subscriptionTable, String subscriptionColumns,
        RowReader<S> subscription) {

    /** Longer than the slowest attempt (connect and request timeouts) and its bookkeeping. */
    static final Duration LEASE = Duration.ofMinutes(2);

    /** Reads one row of a result whose first column is the row's id, from the second column on. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** A claimed row: its id, the row as read and the subscription it is for. */
    record Claimed<D, S>(long id, D delivery, S subscription) {}

    /**
     * Up to {@code limit} due rows, oldest due first, locked and leased on a connection whose
     * transaction the caller commits, which releases the row locks.
     */
    List<Claimed<D, S>> claim(Connection connection, LocalDateTime now, int limit) throws SQLException {
        Map<Long, D> due = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, " + deliveryColumns + " FROM "
                + deliveryTable + " WHERE state = ? AND next_attempt_at <= ?" + dueCondition
                + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            query.setString(1, DeliveryView.PENDING);
            query.setObject(2, now);
            query.setInt(3, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    due.put(rows.getLong(1), delivery.read(rows));
                }
            }
        }
        if (due.isEmpty()) {
            return List.of();
        }
        lease(connection, due.keySet(), now);
        Map<Long, S> subscriptions = new LinkedHashMap<>();
        // Numbers only, from the rows just read.
        String ids = due.values().stream().map(row -> String.valueOf(subscriptionId.applyAsLong(row))).distinct()
                .collect(Collectors.joining(","));
        try (PreparedStatement query = connection.prepareStatement("SELECT id, " + subscriptionColumns + " FROM "
                + subscriptionTable + " WHERE id IN (" + ids + ")");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                subscriptions.put(rows.getLong(1), subscription.read(rows));
            }
        }
        List<Claimed<D, S>> claimed = new ArrayList<>();
        due.forEach((id, row) -> {
            S to = subscriptions.get(subscriptionId.applyAsLong(row));
            if (to != null) {
                claimed.add(new Claimed<>(id, row, to));
            }
        });
        return claimed;
    }

    /**
     * Moves the claimed rows' next attempt past the lease, so that no other instance claims them
     * while this one sends; a sender that dies leaves them due again when the lease ends.
     */
    private void lease(Connection connection, Collection<Long> ids, LocalDateTime now) throws SQLException {
        try (PreparedStatement lease = connection.prepareStatement(
                "UPDATE " + deliveryTable + " SET next_attempt_at = ? WHERE id = ?")) {
            for (long id : ids) {
                lease.setObject(1, now.plus(LEASE));
                lease.setLong(2, id);
                lease.addBatch();
            }
            lease.executeBatch();
        }
    }
}
