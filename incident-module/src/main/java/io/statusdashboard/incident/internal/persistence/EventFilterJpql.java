package io.statusdashboard.incident.internal.persistence;

import io.statusdashboard.incident.api.EventFilter;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An {@link EventFilter} as the condition of a JPQL query over {@code EventEntity e}, with its
 * parameters: the database selects and counts, so a list costs the same statements whatever the
 * number of events.
 */
final class EventFilterJpql {

    /**
     * The condition of an event visitors may see (its status not one of {@code EventStatus.UNPUBLISHED}),
     * for every query that reads for the public.
     */
    static final String PUBLISHED = "(e.status IS NULL OR e.status NOT IN ('"
            + String.join("', '", new TreeSet<>(EventStatus.UNPUBLISHED)) + "'))";

    private final StringBuilder where = new StringBuilder("e.deletedAt IS NULL");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private EventFilterJpql() {}

    static EventFilterJpql of(EventFilter filter, LocalDateTime now) {
        EventFilterJpql jpql = new EventFilterJpql();
        if (!filter.withUnpublished()) {
            jpql.and(PUBLISHED);
        }
        if (!filter.types().isEmpty()) {
            jpql.and("e.type IN :types", "types", filter.types().stream().map(EventType::columnValue).toList());
        }
        if (filter.impact() != null) {
            jpql.and("e.impact = :impact", "impact", filter.impact());
        }
        if (filter.system() != null) {
            // Rows inserted by hand before the column had its default may hold null: a person's event.
            jpql.and(filter.system() ? "e.system = TRUE" : "(e.system = FALSE OR e.system IS NULL)");
        }
        if (!filter.componentIds().isEmpty()) {
            jpql.and("e.id IN (SELECT r.eventId FROM EventComponentRow r WHERE r.componentId IN :components)",
                    "components", List.copyOf(filter.componentIds()));
        }
        if (filter.activeOnly()) {
            jpql.parameters.put("now", now);
            jpql.and("(e.endDate IS NULL OR (e.startDate <= :now AND e.endDate >= :now AND NOT "
                    + jpql.statusIn("finished", EventStatus.FINISHED) + "))");
        }
        if (filter.status() != null) {
            jpql.and(jpql.statusIn("status", Set.of(filter.status())));
        }
        if (filter.startFrom() != null) {
            jpql.and("e.startDate >= :startFrom", "startFrom", filter.startFrom());
        }
        if (filter.endUntil() != null) {
            jpql.and("e.endDate <= :endUntil", "endUntil", filter.endUntil());
        }
        return jpql;
    }

    /** The condition, never empty: deleted events are never listed. */
    String where() {
        return where.toString();
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private void and(String condition) {
        where.append(" AND ").append(condition);
    }

    private void and(String condition, String parameter, Object value) {
        parameters.put(parameter, value);
        and(condition);
    }

    /**
     * The event's current status ({@code EventView.currentStatus()}) is one of {@code statuses}.
     * True or false, never unknown, so the condition may also be negated.
     */
    private String statusIn(String parameter, Set<String> statuses) {
        parameters.put(parameter, List.copyOf(statuses));
        return "(e.status IS NOT NULL AND e.status IN :" + parameter + ")";
    }
}
