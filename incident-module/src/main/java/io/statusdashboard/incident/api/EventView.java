package io.statusdashboard.incident.api;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An incident, maintenance or info event as the pages and the API see it.
 *
 * @param start naive UTC
 * @param end naive UTC, {@code null} while the event is open
 * @param system true when the monitoring API opened it
 * @param componentIds ids of the affected components; their names come from the catalog
 * @param updates the whole timeline, oldest first, including v1 description rows
 * @param version increases with every save; operators' forms carry it to detect a concurrent save
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
        List<UpdateView> updates,
        int version) {

    private static final Comparator<UpdateView> CHRONOLOGICAL =
            Comparator.comparing(UpdateView::timestamp).thenComparingLong(UpdateView::id);

    public EventView {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        componentIds = Set.copyOf(componentIds);
        updates = updates.stream().sorted(CHRONOLOGICAL).toList();
    }

    /** The newest timeline entry (description rows are not part of the timeline), or {@code null}. */
    public UpdateView latestUpdate() {
        for (int i = updates.size() - 1; i >= 0; i--) {
            if (updates.get(i).isTimelineEntry()) {
                return updates.get(i);
            }
        }
        return null;
    }

    public boolean isMaintenance() {
        return type == EventType.MAINTENANCE;
    }

    public boolean isIncident() {
        return type == EventType.INCIDENT;
    }

    /** Started, and not ended yet (by its end, or by a status that ends it). */
    public boolean isActiveAt(LocalDateTime now) {
        return !isEndedByStatus() && !start.isAfter(now) && (end == null || end.isAfter(now));
    }

    /** A maintenance whose window has not opened yet, and that nobody cancelled. */
    public boolean isPlannedAt(LocalDateTime now) {
        return isMaintenance() && !isEndedByStatus() && start.isAfter(now);
    }

    /**
     * A maintenance or announcement whose stored status says it is over, whatever its window:
     * cancelled, or completed before its planned end (the API changes the status without touching
     * the window). An incident's end is always its end date.
     */
    public boolean isEndedByStatus() {
        return !isIncident() && (EventStatus.CANCELLED.equals(status) || EventStatus.COMPLETED.equals(status));
    }

    /** Closed: an end that has come. */
    public boolean isClosedAt(LocalDateTime now) {
        return end != null && !end.isAfter(now);
    }

    public boolean affects(int componentId) {
        return componentIds.contains(componentId);
    }
}
