package io.statusdashboard.incident.internal;

import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads events in three statements whatever their number: the events, then the component ids and
 * the updates of all of them in one batch each.
 */
@ApplicationScoped
public class JpaEventQueries implements EventQueries {

    @PersistenceContext(unitName = "incident")
    private EntityManager entityManager;

    @Override
    public CurrentEvents current(LocalDateTime now) {
        List<EventView> events = withComponentsAndUpdates(entityManager
                .createQuery("SELECT e FROM EventEntity e WHERE e.deletedAt IS NULL AND ("
                        + " (e.startDate <= :now AND (e.endDate IS NULL OR e.endDate > :now))"
                        + " OR (e.type = :maintenance AND e.startDate > :now))", EventEntity.class)
                .setParameter("now", now)
                .setParameter("maintenance", EventType.MAINTENANCE.columnValue()))
                .map(EventEntity::toView)
                .toList();
        return new CurrentEvents(now,
                events.stream().filter(event -> event.isActiveAt(now)).toList(),
                events.stream().filter(event -> event.isPlannedAt(now)).toList());
    }

    @Override
    public List<EventView> all() {
        return withComponentsAndUpdates(entityManager.createQuery(
                        "SELECT e FROM EventEntity e WHERE e.deletedAt IS NULL ORDER BY e.startDate DESC, e.id DESC",
                        EventEntity.class))
                .map(EventEntity::toView)
                .toList();
    }

    @Override
    public List<EventView> newestAffecting(Set<Integer> componentIds, int limit) {
        if (componentIds.isEmpty()) {
            return List.of();
        }
        return withComponentsAndUpdates(entityManager.createQuery(
                        "SELECT DISTINCT e FROM EventEntity e JOIN e.componentIds c WHERE c IN :components"
                                + " AND e.deletedAt IS NULL ORDER BY e.startDate DESC, e.id DESC",
                        EventEntity.class)
                .setParameter("components", componentIds)
                .setMaxResults(limit))
                .map(EventEntity::toView)
                .toList();
    }

    /** EclipseLink batch fetching: one IN query per collection for all events, never one per event. */
    static Stream<EventEntity> withComponentsAndUpdates(TypedQuery<EventEntity> query) {
        return query
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.componentIds")
                .setHint("eclipselink.batch", "e.updates")
                .getResultStream();
    }
}
