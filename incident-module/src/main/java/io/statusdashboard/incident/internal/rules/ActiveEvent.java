package io.statusdashboard.incident.internal.rules;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.Impact;
import java.time.LocalDateTime;
import java.util.Set;

/** The facts about an active event that a status-report decision depends on. */
public record ActiveEvent(long id, EventType type, Impact impact, boolean system, LocalDateTime start, Set<Integer> componentIds) {

    public ActiveEvent {
        componentIds = Set.copyOf(componentIds);
    }

    boolean affects(int componentId) {
        return componentIds.contains(componentId);
    }

    boolean isSystemIncident() {
        return type == EventType.INCIDENT && system;
    }

    boolean isOperatorIncident() {
        return type == EventType.INCIDENT && !system;
    }
}
