package io.statusdashboard.web.api.statuspage;

import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How this dashboard's states read in Statuspage's vocabulary. Statuspage knows fewer incident
 * phases than operators write here, so an entry that names no phase (an impact change, a system
 * note) keeps the phase the entry before it set.
 */
final class StatuspageRules {

    /** Component statuses from the best to the worst; a group shows its worst member. */
    enum ComponentStatus {
        OPERATIONAL("operational"),
        UNDER_MAINTENANCE("under_maintenance"),
        DEGRADED_PERFORMANCE("degraded_performance"),
        PARTIAL_OUTAGE("partial_outage"),
        MAJOR_OUTAGE("major_outage");

        final String json;

        ComponentStatus(String json) {
            this.json = json;
        }

        static ComponentStatus worstOf(Collection<ComponentStatus> statuses) {
            return statuses.stream().max(Enum::compareTo).orElse(OPERATIONAL);
        }
    }

    /** The page's indicator with the sentence Statuspage pages show beside it. */
    record Indicator(String indicator, String description) {}

    static final String INVESTIGATING = "investigating";
    static final String IDENTIFIED = "identified";
    static final String MONITORING = "monitoring";
    static final String RESOLVED = "resolved";
    static final String SCHEDULED = "scheduled";
    static final String IN_PROGRESS = "in_progress";
    static final String COMPLETED = "completed";

    private static final Map<String, String> INCIDENT_PHASES = Map.of(
            "detected", INVESTIGATING,
            EventStatus.ANALYZING, INVESTIGATING,
            "analysing", INVESTIGATING,
            EventStatus.REOPENED, INVESTIGATING,
            EventStatus.FIXING, IDENTIFIED,
            EventStatus.OBSERVING, MONITORING,
            EventStatus.RESOLVED, RESOLVED,
            EventStatus.CHANGED, RESOLVED);

    private static final Map<String, String> MAINTENANCE_PHASES = Map.of(
            EventStatus.PLANNED, SCHEDULED,
            EventStatus.IN_PROGRESS, IN_PROGRESS,
            EventStatus.COMPLETED, COMPLETED);

    private StatuspageRules() {}

    /** What a component shows while {@code event} is the one that decides its icon (empty: none). */
    static ComponentStatus componentStatus(Optional<EventView> event) {
        if (event.isEmpty()) {
            return ComponentStatus.OPERATIONAL;
        }
        if (event.get().isMaintenance()) {
            return ComponentStatus.UNDER_MAINTENANCE;
        }
        return switch (event.get().impact()) {
            case MAINTENANCE, MINOR -> ComponentStatus.DEGRADED_PERFORMANCE;
            case MAJOR -> ComponentStatus.PARTIAL_OUTAGE;
            case OUTAGE -> ComponentStatus.MAJOR_OUTAGE;
        };
    }

    /** Statuspage's impact word: minor, major, critical, or maintenance. */
    static String impact(EventView event) {
        if (event.isMaintenance()) {
            return "maintenance";
        }
        return switch (event.impact()) {
            case MAINTENANCE, MINOR -> "minor";
            case MAJOR -> "major";
            case OUTAGE -> "critical";
        };
    }

    /** The whole page: the worst impact among the active incidents. */
    static Indicator indicator(CurrentEvents current) {
        Optional<Impact> worst = current.activeIncidents().stream().map(EventView::impact).max(Enum::compareTo);
        if (worst.isEmpty() || worst.get() == Impact.MAINTENANCE) {
            return new Indicator("none", current.activeMaintenances().isEmpty()
                    ? "All Systems Operational" : "Service Under Maintenance");
        }
        return switch (worst.get()) {
            case MAINTENANCE, MINOR -> new Indicator("minor", "Minor Service Outage");
            case MAJOR -> new Indicator("major", "Partial System Outage");
            case OUTAGE -> new Indicator("critical", "Major System Outage");
        };
    }

    /** The event's status at {@code now}: an incident's phase, or a maintenance's place in its window. */
    static String status(EventView event, LocalDateTime now) {
        if (event.isMaintenance()) {
            if (event.isActiveAt(now)) {
                return IN_PROGRESS;
            }
            return event.isPlannedAt(now) ? SCHEDULED : COMPLETED;
        }
        if (event.isClosedAt(now)) {
            return RESOLVED;
        }
        List<String> phases = updateStatuses(event);
        String phase = phases.isEmpty() ? INVESTIGATING : phases.get(phases.size() - 1);
        // A "resolved" entry of an incident whose end has not come yet (an end set ahead) is not the end.
        return phase.equals(RESOLVED) ? MONITORING : phase;
    }

    /** The status of each timeline entry, in the timeline's order (oldest first). */
    static List<String> updateStatuses(EventView event) {
        Map<String, String> phases = event.isMaintenance() ? MAINTENANCE_PHASES : INCIDENT_PHASES;
        String phase = event.isMaintenance() ? SCHEDULED : INVESTIGATING;
        List<String> statuses = new ArrayList<>();
        for (UpdateView update : timeline(event)) {
            phase = phases.getOrDefault(update.status(), phase);
            statuses.add(phase);
        }
        return statuses;
    }

    static List<UpdateView> timeline(EventView event) {
        return event.updates().stream().filter(UpdateView::isTimelineEntry).toList();
    }

    /** Cancelled maintenances never took place: Statuspage removes them, so do its lists here. */
    static boolean isListed(EventView event) {
        return !EventStatus.CANCELLED.equals(event.status());
    }
}
