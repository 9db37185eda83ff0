package io.statusdashboard.incident.api;

import java.time.LocalDateTime;

/**
 * One change as the operators' activity list shows it: a timeline entry with its event.
 *
 * @param at the entry's time (naive UTC), as its author gave it
 * @param author who wrote it; null for automatic entries and rows of the original dashboards
 */
public record ActivityEntry(long updateId, long eventId, String eventTitle, String status, String text,
        LocalDateTime at, String author) {}
