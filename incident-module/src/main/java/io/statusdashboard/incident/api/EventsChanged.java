package io.statusdashboard.incident.api;

import java.util.Set;

/** Fired after a transaction that changed events has committed. Carries ids only. */
public record EventsChanged(Set<Long> eventIds) {

    public EventsChanged {
        eventIds = Set.copyOf(eventIds);
    }
}
