package io.statusdashboard.incident.api;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A change of an event as an API v2 client sends it (times in UTC): always a status with its
 * message and time, which becomes a timeline entry; every other field null when not sent.
 *
 * @param impact as sent, unchecked: the rules refuse what does not fit
 * @param version the event's version the caller saw; required to approve, checked whenever sent
 * @param contactEmail a new contact for a maintenance, null when not sent
 */
public record ApiEventPatch(String message, String status, LocalDateTime updateDate, String title,
        String description, Integer impact, LocalDateTime start, LocalDateTime end, EventType type, Integer version,
        String contactEmail) {

    /** A change that names no version and no contact. */
    public ApiEventPatch(String message, String status, LocalDateTime updateDate, String title, String description,
            Integer impact, LocalDateTime start, LocalDateTime end, EventType type) {
        this(message, status, updateDate, title, description, impact, start, end, type, null, null);
    }

    public ApiEventPatch {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updateDate, "updateDate");
    }
}
