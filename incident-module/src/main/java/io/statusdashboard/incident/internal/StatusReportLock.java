package io.statusdashboard.incident.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row every status-report decision and every pass of the maintenance clock locks first
 * ({@code SELECT ... FOR UPDATE}). Both read events and then change them; holding this row for the
 * whole transaction makes them run one after the other, on one instance or many sharing the
 * database, and works the same on PostgreSQL and H2.
 */
@Entity
@Table(name = "status_report_lock")
public class StatusReportLock {

    static final int ID = 1;

    @Id
    private Integer id;

    protected StatusReportLock() {}
}
