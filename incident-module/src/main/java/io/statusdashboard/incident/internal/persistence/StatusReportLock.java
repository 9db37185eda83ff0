package io.statusdashboard.incident.internal.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

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

    static final int ID = 1;

    @Id
    private Integer id;

    protected StatusReportLock() {}

    /** Waits for the row and holds it until the caller's transaction ends. */
    public static void take(EntityManager entityManager) {
        entityManager.find(StatusReportLock.class, ID, LockModeType.PESSIMISTIC_WRITE);
    }
}
