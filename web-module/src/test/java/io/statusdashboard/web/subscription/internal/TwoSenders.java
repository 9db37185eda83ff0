package io.statusdashboard.web.subscription.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * Two senders on one migrated database (two connections, as two instances of a cluster sharing it),
 * each in a transaction of its own, for tests of how they claim an outbox.
 */
final class TwoSenders implements AutoCloseable {

    /** When the tests' senders claim, unless a test says otherwise. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);

    final Connection first;
    final Connection second;

    private TwoSenders(Connection first, Connection second) {
        this.first = first;
        this.second = second;
    }

    /** The database {@code name}, migrated and filled by {@code inserts}, which are committed. */
    static TwoSenders on(String name, String... inserts) throws SQLException {
        String url = SubscriptionTables.migrate(name);
        TwoSenders senders = new TwoSenders(SubscriptionTables.open(url), SubscriptionTables.open(url));
        try (Statement statement = senders.first.createStatement()) {
            for (String insert : inserts) {
                statement.execute(insert);
            }
        }
        senders.first.setAutoCommit(false);
        senders.second.setAutoCommit(false);
        return senders;
    }

    /** Rolls back what is open and drops the database. */
    @Override
    public void close() throws SQLException {
        first.rollback();
        second.rollback();
        try (Statement statement = first.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        first.close();
        second.close();
    }
}
