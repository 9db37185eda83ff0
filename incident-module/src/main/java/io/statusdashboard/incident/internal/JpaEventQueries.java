package io.statusdashboard.incident.internal;

import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Loads the current events in three statements whatever their number: the events, then the
 * component ids and the updates of all of them in one batch each.
 */
@ApplicationScoped
public class JpaEventQueries implements EventQueries {

    @PersistenceContext(unitName = "incident")
    private EntityManager entityManager;

    @Override
    public CurrentEvents current(LocalDateTime now) {
        List<EventView> events = entityManager
                .createQuery("SELECT e FROM EventEntity e WHERE e.deletedAt IS NULL AND ("
                        + " (e.startDate <= :now AND (e.endDate IS NULL OR e.endDate > :now))"
                        + " OR (e.type = :maintenance AND e.startDate > :now))", EventEntity.class)
                .setParameter("now", now)
                .setParameter("maintenance", EventType.MAINTENANCE.columnValue())
                // EclipseLink batch fetching: one IN query per collection instead of one per event.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "e.componentIds")
                .setHint("eclipselink.batch", "e.updates")
                .getResultStream()
                .map(EventEntity::toView)
                .toList();
        return new CurrentEvents(now,
                events.stream().filter(event -> event.isActiveAt(now)).toList(),
                events.stream().filter(event -> event.isPlannedAt(now)).toList());
    }
}
