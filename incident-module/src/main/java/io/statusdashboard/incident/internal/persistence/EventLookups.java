package io.statusdashboard.incident.internal.persistence;

import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The reads the write paths share, in the writing transaction's persistence context. */
public final class EventLookups {

    /** Not deleted, within its window at {@code :now}, and for a maintenance not over by its status. */
    private static final String ACTIVE = "e.deletedAt IS NULL AND e.startDate <= :now"
            + " AND (e.endDate IS NULL OR e.endDate > :now)"
            + " AND (e.type = :incident OR e.status IS NULL OR e.status NOT IN :over)";

    private EventLookups() {}

    /** An event that is not deleted, or null. */
    public static EventEntity find(EntityManager entityManager, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return null;
        }
        EventEntity event = entityManager.find(EventEntity.class, (int) id);
        return event == null || event.isDeleted() ? null : event;
    }

    /** Incidents open at {@code now} holding any of these components. */
    public static List<EventEntity> activeIncidentsAffecting(EntityManager entityManager, Set<Integer> componentIds,
            LocalDateTime now) {
        return entityManager.createQuery("SELECT DISTINCT e FROM EventEntity e JOIN e.componentIds c"
                        + " WHERE c IN :components AND e.deletedAt IS NULL AND e.type = :incident"
                        + " AND e.startDate <= :now AND (e.endDate IS NULL OR e.endDate > :now)", EventEntity.class)
                .setParameter("components", componentIds)
                .setParameter("incident", EventType.INCIDENT.columnValue())
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * The events active at {@code now} that a status-report decision weighs, by id. Timelines stay
     * unread: new entries are appended without loading the old ones. A cancelled or completed
     * maintenance is over whatever its window says ({@code EventView.isEndedByStatus}).
     */
    public static Map<Long, EventEntity> activeEvents(EntityManager entityManager, LocalDateTime now) {
        return active(entityManager.createQuery("SELECT e FROM EventEntity e WHERE " + ACTIVE, EventEntity.class), now)
                .setHint("eclipselink.batch.type", JpaEventQueries.BatchFetch.IN.name())
                .setHint("eclipselink.batch", "e.componentIds")
                .getResultStream()
                .collect(Collectors.toMap(EventEntity::id, Function.identity()));
    }

    /**
     * The events active at {@code now} that hold this component, by id, in one statement (one
     * snapshot of the database, without any lock); their other components stay unread.
     */
    public static Map<Long, EventEntity> activeEventsHolding(EntityManager entityManager, int componentId,
            LocalDateTime now) {
        return active(entityManager.createQuery("SELECT e FROM EventEntity e JOIN e.componentIds c"
                        + " WHERE c = :component AND " + ACTIVE, EventEntity.class), now)
                .setParameter("component", componentId)
                .getResultStream()
                // The original's relation table may hold a pair twice.
                .collect(Collectors.toMap(EventEntity::id, Function.identity(), (first, again) -> first));
    }

    private static TypedQuery<EventEntity> active(TypedQuery<EventEntity> query, LocalDateTime now) {
        return query.setParameter("now", now)
                .setParameter("incident", EventType.INCIDENT.columnValue())
                // A request not published yet holds no component: only a planned maintenance does.
                .setParameter("over", List.of(EventStatus.COMPLETED, EventStatus.CANCELLED,
                        EventStatus.PENDING_REVIEW, EventStatus.REVIEWED));
    }

    /**
     * Maintenances and announcements that may still change, with their components and timelines
     * in one batch each. Finished ones drop out (maintenances by their final status, announcements
     * by their completed entry), as do the original dashboard's past maintenances, so a pass reads
     * what is upcoming or running, not the history.
     */
    public static List<EventEntity> maintenanceClockCandidates(EntityManager entityManager, LocalDateTime now) {
        return entityManager.createQuery("SELECT e FROM EventEntity e WHERE e.deletedAt IS NULL"
                        + " AND e.type IN :clocked AND (e.status IS NULL OR e.status NOT IN :finished)"
                        + " AND (e.status IS NOT NULL OR e.endDate IS NULL OR e.endDate > :now)"
                        + " AND NOT (e.type = :info AND EXISTS (SELECT u FROM EventUpdateEntity u"
                        + " WHERE u.event = e AND u.status = :completed))", EventEntity.class)
                .setParameter("clocked", List.of(EventType.MAINTENANCE.columnValue(), EventType.INFO.columnValue()))
                .setParameter("finished", List.of(EventStatus.COMPLETED, EventStatus.CANCELLED))
                .setParameter("now", now)
                .setParameter("info", EventType.INFO.columnValue())
                .setParameter("completed", EventStatus.COMPLETED)
                .setHint("eclipselink.batch.type", JpaEventQueries.BatchFetch.IN.name())
                .setHint("eclipselink.batch", "e.componentIds")
                .setHint("eclipselink.batch", "e.updates")
                .getResultList();
    }
}
