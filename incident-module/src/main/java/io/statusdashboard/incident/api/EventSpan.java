package io.statusdashboard.incident.api;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * An event's kind and time span without its timeline: what pages need to draw a period's history
 * (uptime bars, past incidents) from one cheap read.
 *
 * @param start naive UTC
 * @param end naive UTC, {@code null} while the event is open
 * @param componentIds the affected components among those the read asked for
 */
public record EventSpan(
        long id,
        String title,
        Impact impact,
        EventType type,
        String status,
        LocalDateTime start,
        LocalDateTime end,
        Set<Integer> componentIds) {

    public EventSpan {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        componentIds = Set.copyOf(componentIds);
    }

    public boolean isMaintenance() {
        return type == EventType.MAINTENANCE;
    }

    public boolean isIncident() {
        return type == EventType.INCIDENT;
    }

    /** A maintenance or announcement that someone called off: it never happened. */
    public boolean isCancelled() {
        return !isIncident() && EventStatus.CANCELLED.equals(status);
    }

    /** Over at {@code now}: by its end, or for a maintenance or announcement by its stored status. */
    public boolean isOverAt(LocalDateTime now) {
        return (end != null && !end.isAfter(now))
                || (!isIncident() && (EventStatus.COMPLETED.equals(status) || EventStatus.CANCELLED.equals(status)));
    }
}
