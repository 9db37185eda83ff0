package io.statusdashboard.incident.api;

import java.time.LocalDateTime;

/** Read side of events. Each method costs a bounded number of queries, whatever the data size. */
public interface EventQueries {

    /**
     * Active events and planned maintenances at {@code now} (naive UTC), each with its component
     * ids and its latest timeline entry.
     */
    CurrentEvents current(LocalDateTime now);
}
