package io.statusdashboard.incident.api;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in operator, as the incident module records it in the updates it writes. Built by
 * the web module from the sign-in; the incident module never sees the container's classes.
 *
 * @param email {@code null} when the sign-in carries none
 */
public record Operator(String name, String email, Set<String> groups) {

    public Operator {
        Objects.requireNonNull(name, "name");
        groups = Set.copyOf(groups);
    }
}
