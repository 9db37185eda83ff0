package io.statusdashboard.incident.api;

import java.time.LocalDateTime;

/**
 * An operator's update of an event, as entered in the form (times already in UTC).
 *
 * @param version the event version the operator saw; a newer one means somebody else saved first
 * @param date the update's time; for {@code changed} the new end, for {@code in progress} the start
 * @param start the new start of a {@code modified} maintenance
 * @param end the new end of a {@code modified} maintenance
 */
public record EventUpdate(long eventId, int version, String title, String message, Impact impact, String status,
        LocalDateTime date, LocalDateTime start, LocalDateTime end) {}
