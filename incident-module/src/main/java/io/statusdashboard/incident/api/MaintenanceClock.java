package io.statusdashboard.incident.api;

/**
 * The background clock that moves maintenances from planned to in progress to completed as their
 * windows open and close, and keeps announcements' timelines, in the stored status and the
 * timeline rather than only in what pages render. One pass every {@code SDB_CHECKER_INTERVAL_S}
 * seconds; on several instances sharing a database, one pass at a time writes.
 */
public interface MaintenanceClock {

    /**
     * Runs a first pass at once (catching up with windows that opened or closed while no instance
     * ran), then schedules the next ones. Call once, after the schema is migrated.
     */
    void start();
}
