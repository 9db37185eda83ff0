package io.statusdashboard.incident.api;

import java.util.Objects;

/**
 * Who asks for a write, as the incident module records and checks it: the name written on the
 * timeline entries and as an event's creator, and the role {@link AccessRules} decides on.
 */
public record Actor(String name, CallerRole role) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
