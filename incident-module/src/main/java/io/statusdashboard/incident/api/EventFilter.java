package io.statusdashboard.incident.api;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * Which events a list shows, as API v2's query selects them. Every criterion given must hold;
 * an empty set or a null means "any".
 *
 * @param types the event's type is one of these
 * @param activeOnly open (no end), or inside its window and not finished (see {@link EventStatus#FINISHED})
 * @param status the event's {@link EventView#currentStatus() current status}
 * @param startFrom starts at or after this instant (naive UTC)
 * @param endUntil ends at or before this instant (naive UTC); open events never match
 * @param impact the impact level, 0 to 3
 * @param system opened by monitoring (true) or by a person (false)
 * @param componentIds affects at least one of these components
 * @param withUnpublished also maintenance requests pending review or reviewed, which only signed-in
 *     people and authenticated API callers may see
 */
public record EventFilter(Set<EventType> types, boolean activeOnly, String status, LocalDateTime startFrom,
        LocalDateTime endUntil, Integer impact, Boolean system, Set<Integer> componentIds, boolean withUnpublished) {

    /** Every event visitors may see. */
    public static final EventFilter ANY = new EventFilter(Set.of(), false, null, null, null, null, null, Set.of());

    /** The requests waiting for review, for the operators' list. */
    public static final EventFilter PENDING_REVIEW = new EventFilter(Set.of(EventType.MAINTENANCE), false,
            EventStatus.PENDING_REVIEW, null, null, null, null, Set.of(), true);

    /** A filter of what visitors may see. */
    public EventFilter(Set<EventType> types, boolean activeOnly, String status, LocalDateTime startFrom,
            LocalDateTime endUntil, Integer impact, Boolean system, Set<Integer> componentIds) {
        this(types, activeOnly, status, startFrom, endUntil, impact, system, componentIds, false);
    }

    /** The same filter, also selecting unpublished requests. */
    public EventFilter withUnpublishedToo() {
        return new EventFilter(types, activeOnly, status, startFrom, endUntil, impact, system, componentIds, true);
    }

    public EventFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        componentIds = componentIds == null ? Set.of() : Set.copyOf(componentIds);
    }
}
