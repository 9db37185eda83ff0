package io.statusdashboard.incident.api;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * An event an operator opens (times already in UTC).
 *
 * @param end required for a maintenance, absent for an incident
 * @param description a maintenance's description
 */
public record NewEvent(String title, Impact impact, Set<Integer> componentIds, LocalDateTime start,
        LocalDateTime end, String description) {

    public NewEvent {
        componentIds = componentIds == null ? Set.of() : Set.copyOf(componentIds);
    }

    public EventType type() {
        return impact == Impact.MAINTENANCE ? EventType.MAINTENANCE : EventType.INCIDENT;
    }
}
