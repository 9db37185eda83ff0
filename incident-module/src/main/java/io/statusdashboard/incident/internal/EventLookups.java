package io.statusdashboard.incident.internal;

import io.statusdashboard.incident.api.EventType;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** The reads the write paths share, in the writing transaction's persistence context. */
final class EventLookups {

    private EventLookups() {}

    /** An event that is not deleted, or null. */
    static EventEntity find(EntityManager entityManager, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return null;
        }
        EventEntity event = entityManager.find(EventEntity.class, (int) id);
        return event == null || event.isDeleted() ? null : event;
    }

    /** Incidents open at {@code now} holding any of these components. */
    static List<EventEntity> activeIncidentsAffecting(EntityManager entityManager, Set<Integer> componentIds,
            LocalDateTime now) {
        return entityManager.createQuery("SELECT DISTINCT e FROM EventEntity e JOIN e.componentIds c"
                        + " WHERE c IN :components AND e.deletedAt IS NULL AND e.type = :incident"
                        + " AND e.startDate <= :now AND (e.endDate IS NULL OR e.endDate > :now)", EventEntity.class)
                .setParameter("components", componentIds)
                .setParameter("incident", EventType.INCIDENT.columnValue())
                .setParameter("now", now)
                .getResultList();
    }
}
