package io.statusdashboard.incident.api;

import java.time.LocalDateTime;

/**
 * One entry of an event's timeline.
 *
 * @param timestamp naive UTC
 * @param status e.g. {@code analyzing}, {@code resolved}, {@code SYSTEM}
 * @param text what the operator or the system wrote; plain text, escaped when shown
 * @param author the operator who wrote it, or {@code null} for automatic and historic entries
 */
public record UpdateView(long id, LocalDateTime timestamp, String status, String text, String author) {

    /** Status of the v1 rows that hold a maintenance description rather than a timeline entry. */
    public static final String DESCRIPTION_STATUS = "description";

    public boolean isTimelineEntry() {
        return !DESCRIPTION_STATUS.equals(status);
    }
}
