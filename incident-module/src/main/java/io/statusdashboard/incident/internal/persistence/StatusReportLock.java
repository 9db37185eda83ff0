package io.statusdashboard.incident.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The single row every write that moves components between events locks first ({@code SELECT ...
 * FOR UPDATE}): status-report decisions, operators' openings and separations, API v2's writes and
 * the maintenance clock's passes. Each reads events and then changes them; holding this row for
 * the whole transaction makes them run one after the other, on one instance or many sharing the
 * database, and works the same on PostgreSQL and H2.
 */
@Entity
@Table(name = "status_report_lock")
public class StatusReportLock {

    private static final Logger LOG = Logger.getLogger(StatusReportLock.class.getName());

    static final int ID = 1;

    @Id
    private Integer id;

    protected StatusReportLock() {}

    /** Waits for the row and holds it until the caller's transaction ends. */
    public static void take(EntityManager entityManager) {
        entityManager.find(StatusReportLock.class, ID, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * For a transaction that took the lock, read, and wrote nothing (a report refused or left in
     * its maintenance): on PostgreSQL, locking the row alone makes the commit wait for the
     * write-ahead log to reach the disk, milliseconds during which the next decision waits for the
     * lock, although there is nothing to make durable. Its commit then does not wait. On other
     * databases nothing changes.
     */
    public static void nothingToMakeDurable(EntityManager entityManager) {
        if (onPostgreSql(entityManager)) {
            entityManager.createNativeQuery("SET LOCAL synchronous_commit TO OFF").executeUpdate();
        }
    }

    /**
     * Asked of the connection itself: the persistence unit names PostgreSQL's platform for H2 too,
     * which runs in PostgreSQL's mode and knows no {@code synchronous_commit}. A connection that
     * cannot say counts as not PostgreSQL: the commit then waits as it always did, and the
     * decision's answer is not lost over an optimisation.
     */
    private static boolean onPostgreSql(EntityManager entityManager) {
        try {
            return "PostgreSQL".equals(entityManager.unwrap(Connection.class).getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            LOG.log(Level.FINE, "The connection did not say which database it is", e);
            return false;
        }
    }
}
