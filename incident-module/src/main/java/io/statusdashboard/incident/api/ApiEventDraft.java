package io.statusdashboard.incident.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An event as an API v2 client posts it, after its JSON was read (times in UTC).
 *
 * @param impact 0 to 3 as posted; whether it fits the type is a rule of the incident module
 * @param componentIds in the order posted, which the answer keeps
 * @param end absent for an incident, required for a maintenance
 * @param description null or empty when none was given
 * @param system opened by monitoring: joins, raises or opens the shared system incident
 * @param hasUpdates whether the body carried timeline entries, which a new event may not
 * @param contactEmail whom to ask about the maintenance; required of creators, null when not sent
 */
public record ApiEventDraft(String title, String description, int impact, EventType type, List<Integer> componentIds,
        LocalDateTime start, LocalDateTime end, boolean system, boolean hasUpdates, String contactEmail) {

    /** A draft without a contact. */
    public ApiEventDraft(String title, String description, int impact, EventType type, List<Integer> componentIds,
            LocalDateTime start, LocalDateTime end, boolean system, boolean hasUpdates) {
        this(title, description, impact, type, componentIds, start, end, system, hasUpdates, null);
    }

    public ApiEventDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        componentIds = List.copyOf(componentIds);
    }
}
