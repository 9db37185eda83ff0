package io.statusdashboard.incident.api;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * An incident, maintenance or info event as the pages and the API see it.
 *
 * @param start naive UTC
 * @param end naive UTC, {@code null} while the event is open
 * @param system true when the monitoring API opened it
 * @param componentIds ids of the affected components; their names come from the catalog
 * @param latestUpdate the newest timeline entry, or {@code null} when there is none
 */
public record EventView(
        long id,
        String title,
        String description,
        Impact impact,
        EventType type,
        LocalDateTime start,
        LocalDateTime end,
        boolean system,
        String status,
        Set<Integer> componentIds,
        UpdateView latestUpdate) {

    public EventView {
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

    /** Started, and not ended yet. */
    public boolean isActiveAt(LocalDateTime now) {
        return !start.isAfter(now) && (end == null || end.isAfter(now));
    }

    /** A maintenance whose window has not opened yet. */
    public boolean isPlannedAt(LocalDateTime now) {
        return isMaintenance() && start.isAfter(now);
    }

    public boolean affects(int componentId) {
        return componentIds.contains(componentId);
    }
}
