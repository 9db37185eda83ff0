package io.statusdashboard.incident.api;

/** The answer of {@link AccessRules} for one role and action. */
public enum Permission {
    ALLOWED,
    /** Allowed on what the caller created, forbidden on anyone else's. */
    OWN_ONLY,
    FORBIDDEN
}
