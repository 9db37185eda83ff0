package io.statusdashboard.incident.internal.transactions;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventsChanged;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.StatusReport;
import io.statusdashboard.incident.internal.persistence.EventEntity;
import io.statusdashboard.incident.internal.persistence.EventLookups;
import io.statusdashboard.incident.internal.persistence.StatusReportLock;
import io.statusdashboard.incident.internal.rules.ApiEventRules;
import io.statusdashboard.incident.internal.rules.StatusReportRule;
import io.statusdashboard.incident.internal.rules.StatusReportVerdict;
import io.statusdashboard.incident.internal.rules.StoredTimes;
import io.statusdashboard.incident.internal.rules.UpdateTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The transactions of status reports: applies {@link StatusReportRule}'s verdict in the
 * transaction that read the active events, after locking {@link StatusReportLock}, and writes the
 * timeline entries that explain each move. Every decision that may write runs while the lock is
 * held, one report after the other across all instances, so it reads only what the decision needs:
 * the active events and their components, not their timelines. A report that changes nothing is
 * answered without the lock ({@link #decideIfUnchanged}).
 */
@ApplicationScoped
public class StatusReportTransactions {

    private static final Logger LOG = Logger.getLogger(StatusReportTransactions.class.getName());

    /**
     * What became of a report: the event the component is in now, and for a conflict the title of
     * the incident that holds it (read under the lock, so the answer needs no second read).
     */
    record Decided(long eventId, boolean conflict, boolean maintenance, String conflictTitle) {}

    /**
     * What a new system incident is made of.
     *
     * @param description null for none
     * @param start when an incident opened for the report starts; null for now (an escalation's
     *     new incident always starts now)
     * @param announced whether a new incident starts its timeline with {@code detected}, as API v2's events do
     * @param author recorded on the timeline entries written; null for monitoring's reports
     */
    record NewSystemIncident(String title, String description, LocalDateTime start, boolean announced, String author) {}

    @PersistenceContext(unitName = "incident")
    private EntityManager entityManager;

    @Inject
    private Event<EventsChanged> eventsChanged;

    @Transactional
    public Decided decide(ComponentView component, StatusReport report) {
        StatusReportLock.take(entityManager);
        LocalDateTime now = StoredTimes.nowToTheSecond();
        Set<Long> changed = new LinkedHashSet<>();
        Decided decided = decideLocked(component, report.impact(),
                new NewSystemIncident(report.title(), null, null, false, null), now, changed);
        if (changed.isEmpty()) {
            StatusReportLock.nothingToMakeDurable(entityManager);
        } else {
            entityManager.flush();
            eventsChanged.fire(new EventsChanged(changed));
        }
        return decided;
    }

    /**
     * The answer to a report that changes nothing (the component stays in its maintenance, or an
     * incident already covers it), decided without the lock from the active events that hold the
     * component, read in one statement: it is the answer the report had at the moment of that read,
     * and it writes nothing a decision under the lock could contradict. Most reports of a storm
     * are such repeats, and need not queue for the lock. Empty when the report may change events:
     * it must then be decided by {@link #decide}.
     *
     * <p>Only for callers outside any transaction (package-private for that): inside one, the read
     * would join the caller's persistence context, flush its changes and hand back the entities it
     * holds instead of one fresh snapshot.
     */
    Optional<Decided> decideIfUnchanged(ComponentView component, StatusReport report) {
        Map<Long, EventEntity> holding = EventLookups.activeEventsHolding(entityManager, component.id(),
                StoredTimes.nowToTheSecond());
        Optional<StatusReportVerdict> verdict = StatusReportRule.decideIfUnchanged(component.id(), report.impact(),
                holding.values().stream().map(event -> event.toActiveEventHolding(component.id())).toList());
        verdict.ifPresent(found -> logVerdict(component, report.impact(), found));
        return verdict.map(found -> unchanged(found, holding));
    }

    /**
     * Decides and writes where a degraded component goes, in the caller's transaction, which holds
     * {@link StatusReportLock} already; adds the ids of the events it changed to {@code changed}.
     * Monitoring's status reports and API v2's system events both come here, so they follow one rule.
     */
    public Decided decideLocked(ComponentView component, Impact impact, NewSystemIncident template, LocalDateTime now,
            Set<Long> changed) {
        Map<Long, EventEntity> active = EventLookups.activeEvents(entityManager, now);
        StatusReportVerdict verdict = StatusReportRule.decide(component.id(), impact,
                active.values().stream().map(EventEntity::toActiveEvent).toList());
        logVerdict(component, impact, verdict);
        if (verdict.changesNothing()) {
            return unchanged(verdict, active);
        }
        EventEntity result = apply(verdict, component, impact, template, active, now, changed);
        entityManager.flush();
        changed.add(result.id());
        return new Decided(result.id(), false, false, null);
    }

    /**
     * A report that changes something at INFO; a repeat that changes nothing (most reports: monitoring
     * repeats them for as long as a component is degraded) only at FINE, where a storm of them would
     * otherwise drown the log and cost a few percent of its CPU. Its answer says the same.
     */
    private static void logVerdict(ComponentView component, Impact impact, StatusReportVerdict verdict) {
        LOG.log(verdict.changesNothing() ? Level.FINE : Level.INFO, () -> String.format("Status report %s impact %s: %s",
                UpdateTexts.label(component), impact.label(), verdict));
    }

    /** A conflict (with the title of the incident that holds the component) or a maintenance kept. */
    private static Decided unchanged(StatusReportVerdict verdict, Map<Long, EventEntity> read) {
        if (verdict instanceof StatusReportVerdict.Conflict conflict) {
            return new Decided(conflict.incidentId(), true, false, read.get(conflict.incidentId()).title());
        }
        return new Decided(((StatusReportVerdict.KeepMaintenance) verdict).maintenanceId(), false, true, null);
    }

    /** Carries out a verdict that changes events; returns the event the component ends up in. */
    private EventEntity apply(StatusReportVerdict verdict, ComponentView component, Impact impact,
            NewSystemIncident template, Map<Long, EventEntity> active, LocalDateTime now, Set<Long> changed) {
        if (verdict instanceof StatusReportVerdict.AddToIncident add) {
            EventEntity incident = active.get(add.incidentId());
            incident.addComponent(component.id(), now);
            incident.addUpdate(now, EventStatus.SYSTEM, UpdateTexts.added(component, incident.title()), template.author());
            return incident;
        }
        if (verdict instanceof StatusReportVerdict.OpenIncident) {
            return opened(component, impact, template, template.start() == null ? now : template.start(), now);
        }
        if (verdict instanceof StatusReportVerdict.MoveToIncident move) {
            EventEntity from = active.get(move.fromId());
            EventEntity to = active.get(move.toId());
            ComponentMover.move(component, from, to, move.closeFrom(), now, template.author());
            changed.add(from.id());
            return to;
        }
        if (verdict instanceof StatusReportVerdict.RaiseImpact raise) {
            EventEntity incident = active.get(raise.incidentId());
            incident.addUpdate(now, EventStatus.SYSTEM, UpdateTexts.impactChanged(incident.impact(), impact),
                    template.author());
            incident.changeImpact(impact, now);
            return incident;
        }
        if (verdict instanceof StatusReportVerdict.MoveToNewIncident move) {
            EventEntity from = active.get(move.fromId());
            EventEntity to = opened(null, impact, template, now, now);
            // The new incident's id goes into the old one's timeline entry.
            entityManager.flush();
            ComponentMover.move(component, from, to, false, now, template.author());
            changed.add(from.id());
            return to;
        }
        throw new IllegalStateException("unhandled decision " + verdict);
    }

    /** A new system incident, holding {@code component} unless it is null (it is then moved in). */
    private EventEntity opened(ComponentView component, Impact impact, NewSystemIncident template,
            LocalDateTime start, LocalDateTime now) {
        EventEntity incident = EventEntity.systemIncident(template.title(), template.description(), impact, start,
                component == null ? null : component.id());
        entityManager.persist(incident);
        if (template.announced()) {
            incident.addUpdate(ApiEventRules.firstEntryTime(start, now), EventStatus.DETECTED,
                    UpdateTexts.INCIDENT_DETECTED, template.author());
        }
        return incident;
    }
}
