package io.statusdashboard.incident.api;

/**
 * What a caller may do, lowest first: monitoring reports status and opens system incidents;
 * creators request maintenance windows; operators run incidents and review; admins do everything.
 */
public enum CallerRole {
    MONITORING,
    CREATOR,
    OPERATOR,
    ADMIN;

    public boolean atLeast(CallerRole other) {
        return compareTo(other) >= 0;
    }
}
