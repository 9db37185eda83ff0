package io.statusdashboard.incident.api;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The events that matter for the status page at one instant: the active ones and the planned
 * maintenances. Answers which event a component's icon shows, without further queries.
 */
public record CurrentEvents(LocalDateTime asOf, List<EventView> active, List<EventView> planned) {

    /** Newest first: the latest start, then the highest id. */

    /** An active maintenance wins; otherwise the highest impact; ties go to the newest event. */
    private static final Comparator<EventView> PRIORITY = Comparator.comparing(EventView::isMaintenance)
            .thenComparing(EventView::impact)
            .thenComparing(EventView::start)
            .thenComparingLong(EventView::id);

    public CurrentEvents {
        active = active.stream().sorted(EventView.NEWEST_FIRST).toList();
        planned = planned.stream().sorted(Comparator.comparing(EventView::start).thenComparingLong(EventView::id))
                .toList();
    }

    /** Active incidents (not maintenances, not announcements), newest first. */
    public List<EventView> activeIncidents() {
        return active.stream().filter(EventView::isIncident).toList();
    }

    public List<EventView> activeMaintenances() {
        return active.stream().filter(EventView::isMaintenance).toList();
    }

    /** The event whose icon a component shows, or empty when the component is operational. */
    public Optional<EventView> prioritizedEventOf(int componentId) {
        return active.stream()
                .filter(event -> event.affects(componentId))
                .filter(event -> event.type() != EventType.INFO)
                .max(PRIORITY);
    }

    /** The next maintenance planned for a component, or empty. */
    public Optional<EventView> nextPlannedMaintenanceOf(int componentId) {
        return planned.stream().filter(event -> event.affects(componentId)).findFirst();
    }
}
