package io.statusdashboard.incident.api;

/**
 * How an API v2 write went: done, refused by the rules (nothing written), or aimed at something
 * that does not exist. Messages are status-dashboard-v3's texts, which its clients compare.
 */
public sealed interface ApiWriteOutcome<T> {

    record Done<T>(T value) implements ApiWriteOutcome<T> {}

    /** A request the rules refuse (HTTP 400). */
    record Refused<T>(String message) implements ApiWriteOutcome<T> {}

    /** The event or update named does not exist (HTTP 404). */
    record NotFound<T>(String message) implements ApiWriteOutcome<T> {}

    /** The caller's role may not do this, or not to this event (HTTP 403). */
    record Forbidden<T>(String message) implements ApiWriteOutcome<T> {}

    /** The event changed since the caller saw it, or was already reviewed (HTTP 409); nothing written. */
    record Conflict<T>(String message) implements ApiWriteOutcome<T> {}
}
