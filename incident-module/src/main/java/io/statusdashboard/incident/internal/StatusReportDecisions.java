package io.statusdashboard.incident.internal;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventsChanged;
import io.statusdashboard.incident.api.StatusReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Applies {@link StatusReportDecider}'s decision in the transaction that read the active events,
 * after locking {@link StatusReportLock}, and writes the timeline entries that explain each move.
 * Everything here runs while the lock is held, one report after the other across all instances,
 * so it reads only what the decision needs: the active events and their components, not their
 * timelines.
 */
@ApplicationScoped
public class StatusReportDecisions {

    private static final Logger LOG = Logger.getLogger(StatusReportDecisions.class.getName());
    static final String SYSTEM_STATUS = "SYSTEM";

    /** The event the answer shows, and whether the report was refused because of it. */
    record Decided(long eventId, boolean conflict) {}

    @PersistenceContext(unitName = "incident")
    private EntityManager entityManager;

    @Inject
    private Event<EventsChanged> eventsChanged;

    @Transactional
    public Decided decide(ComponentView component, StatusReport report) {
        entityManager.find(StatusReportLock.class, StatusReportLock.ID, LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Map<Long, EventEntity> active = activeEvents(now);
        StatusDecision decision = StatusReportDecider.decide(component.id(), report.impact(),
                active.values().stream().map(EventEntity::toActiveEvent).toList());
        LOG.info(() -> String.format("Status report %s impact %s: %s", UpdateTexts.label(component),
                report.impact().label(), decision));

        if (decision instanceof StatusDecision.Conflict conflict) {
            return new Decided(conflict.incidentId(), true);
        }
        if (decision instanceof StatusDecision.KeepMaintenance keep) {
            return new Decided(keep.maintenanceId(), false);
        }
        Set<Long> changed = new LinkedHashSet<>();
        EventEntity result = apply(decision, component, report, active, now, changed);
        entityManager.flush();
        changed.add(result.id());
        eventsChanged.fire(new EventsChanged(changed));
        return new Decided(result.id(), false);
    }

    /** Carries out a decision that changes events; returns the event the component ends up in. */
    private EventEntity apply(StatusDecision decision, ComponentView component, StatusReport report,
            Map<Long, EventEntity> active, LocalDateTime now, Set<Long> changed) {
        if (decision instanceof StatusDecision.AddToIncident add) {
            EventEntity incident = active.get(add.incidentId());
            incident.addComponent(component.id(), now);
            incident.addUpdate(now, SYSTEM_STATUS, UpdateTexts.added(component, incident.title()));
            return incident;
        }
        if (decision instanceof StatusDecision.OpenIncident) {
            EventEntity incident = EventEntity.systemIncident(report.title(), report.impact(), now, component.id());
            entityManager.persist(incident);
            return incident;
        }
        if (decision instanceof StatusDecision.MoveToIncident move) {
            EventEntity from = active.get(move.fromId());
            EventEntity to = active.get(move.toId());
            moveBetween(component, from, to, move.closeFrom(), now);
            changed.add(from.id());
            return to;
        }
        if (decision instanceof StatusDecision.RaiseImpact raise) {
            EventEntity incident = active.get(raise.incidentId());
            incident.addUpdate(now, SYSTEM_STATUS, UpdateTexts.impactChanged(incident.impact(), report.impact()));
            incident.changeImpact(report.impact(), now);
            return incident;
        }
        if (decision instanceof StatusDecision.MoveToNewIncident move) {
            EventEntity from = active.get(move.fromId());
            EventEntity to = EventEntity.systemIncident(report.title(), report.impact(), now, component.id());
            entityManager.persist(to);
            // The new incident's id goes into the old one's timeline entry.
            entityManager.flush();
            moveBetween(component, from, to, false, now);
            changed.add(from.id());
            return to;
        }
        throw new IllegalStateException("unhandled decision " + decision);
    }

    private static void moveBetween(ComponentView component, EventEntity from, EventEntity to, boolean closeFrom,
            LocalDateTime now) {
        from.addUpdate(now, SYSTEM_STATUS, UpdateTexts.movedTo(component, to.id(), to.title(), closeFrom));
        if (closeFrom) {
            // The closed incident keeps the component: its history and availability still count it.
            from.end(now, now);
        } else {
            from.removeComponent(component.id(), now);
        }
        to.addComponent(component.id(), now);
        to.addUpdate(now, SYSTEM_STATUS, UpdateTexts.movedFrom(component, from.id(), from.title()));
    }

    /**
     * Timelines stay unread: new entries are appended without loading the old ones. A cancelled or
     * completed maintenance is over whatever its window says ({@code EventView.isEndedByStatus}).
     */
    private Map<Long, EventEntity> activeEvents(LocalDateTime now) {
        return entityManager
                .createQuery("SELECT e FROM EventEntity e WHERE e.deletedAt IS NULL"
                        + " AND e.startDate <= :now AND (e.endDate IS NULL OR e.endDate > :now)"
                        + " AND (e.type = :incident OR e.status IS NULL OR e.status NOT IN :over)", EventEntity.class)
                .setParameter("now", now)
                .setParameter("incident", EventType.INCIDENT.columnValue())
                .setParameter("over", List.of(EventStatus.COMPLETED, EventStatus.CANCELLED))
                .setHint("eclipselink.batch.type", JpaEventQueries.BatchFetch.IN.name())
                .setHint("eclipselink.batch", "e.componentIds")
                .getResultStream()
                .collect(Collectors.toMap(EventEntity::id, Function.identity()));
    }
}
