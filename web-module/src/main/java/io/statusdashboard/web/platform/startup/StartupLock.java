package io.statusdashboard.web.platform.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets one instance at a time prepare the database (migrations, catalog provisioning): instances
 * started together on an empty database would otherwise both create Flyway's history tables (one
 * fails) and both insert the catalog (every component twice), since each sees the empty catalog
 * before the other has committed.
 *
 * <p>PostgreSQL: a session-level advisory lock, which the server releases by itself if the
 * holder's connection dies, and which needs no table before the migrations have made any. Other
 * databases (H2): a row of a table of its own, locked {@code FOR UPDATE} in a transaction kept open
 * while the work runs. Both hold one connection of their own; the work uses others.
 */
public final class StartupLock {

    /** Identifies the dashboard's start-up among advisory locks: "sdbstart" in ASCII. */
    static final long ADVISORY_KEY = 0x7364627374617274L;
    static final String LOCK_TABLE = "sdb_startup_lock";

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());
    private static final Duration POLL = Duration.ofMillis(500);

    private final DataSource dataSource;
    private final Duration maximumWait;

    public StartupLock(DataSource dataSource, Duration maximumWait) {
        this.dataSource = dataSource;
        this.maximumWait = maximumWait;
    }

    /** Runs the work while holding the lock; waits for another instance's work to end first. */
    public void runExclusively(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgreSql = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql");
            if (postgreSql) {
                runUnderAdvisoryLock(connection, work);
            } else {
                runUnderLockRow(connection, work);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock of the database", e);
        }
    }

    private void runUnderAdvisoryLock(Connection connection, Runnable work) throws SQLException {
        long deadline = deadline();
        while (!tryAdvisoryLock(connection)) {
            waitOrGiveUp(deadline);
        }
        try {
            work.run();
        } finally {
            // The connection goes back to the pool: a lock left on it would block every later start.
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, ADVISORY_KEY);
                unlock.execute();
            }
        }
    }

    private static boolean tryAdvisoryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, ADVISORY_KEY);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void runUnderLockRow(Connection connection, Runnable work) throws SQLException {
        createLockRow(connection);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long deadline = deadline();
            while (!tryLockRow(connection)) {
                connection.rollback();
                waitOrGiveUp(deadline);
            }
            work.run();
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Idempotent, and harmless when two instances run it at once: the loser's insert finds the row. */
    private static void createLockRow(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + LOCK_TABLE + " (id INT PRIMARY KEY)");
            try {
                statement.execute("INSERT INTO " + LOCK_TABLE + " (id) SELECT 1 WHERE NOT EXISTS"
                        + " (SELECT 1 FROM " + LOCK_TABLE + " WHERE id = 1)");
            } catch (SQLException anotherInstanceInsertedIt) {
                if (!"23505".equals(anotherInstanceInsertedIt.getSQLState())) {
                    throw anotherInstanceInsertedIt;
                }
            }
        }
    }

    /** False when another instance holds the row beyond the database's own lock timeout. */
    private static boolean tryLockRow(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT id FROM " + LOCK_TABLE + " WHERE id = 1 FOR UPDATE")) {
            return row.next();
        } catch (SQLException e) {
            // H2's lock timeout (HY000/50200) and the SQL standard's lock-not-available class (55P03, 40001).
            if (e.getErrorCode() == 50200 || "55P03".equals(e.getSQLState()) || "40001".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private long deadline() {
        return System.nanoTime() + maximumWait.toNanos();
    }

    private boolean waitAnnounced;

    private void waitOrGiveUp(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Another instance has been preparing the database for more than "
                    + maximumWait.toSeconds() + " s; not starting");
        }
        if (!waitAnnounced) {
            waitAnnounced = true;
            LOG.info("Another instance is preparing the database; waiting for it to finish");
        }
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
        }
    }
}
