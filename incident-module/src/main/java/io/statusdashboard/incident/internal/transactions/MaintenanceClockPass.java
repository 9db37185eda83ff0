package io.statusdashboard.incident.internal.transactions;

import io.statusdashboard.incident.api.EventsChanged;
import io.statusdashboard.incident.internal.persistence.EventEntity;
import io.statusdashboard.incident.internal.persistence.EventLookups;
import io.statusdashboard.incident.internal.persistence.StatusReportLock;
import io.statusdashboard.incident.internal.rules.MaintenanceClockRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * One pass of the maintenance clock at a given moment, in one transaction: applies
 * {@link MaintenanceClockRules} to every maintenance and announcement that may still change.
 *
 * <p>It first locks {@link StatusReportLock}, the row every decision that moves events holds, so
 * passes on several instances sharing the database run one after the other: the second reads the
 * events only once the first has committed, finds them moved and writes nothing. Operators' saves
 * of the same event meet the pass through the event's version: one of the two fails and is retried
 * (the pass at its next run, the operator with what the pass wrote). After commit the change event
 * tells the response cache, on every instance, to forget.
 */
@ApplicationScoped
public class MaintenanceClockPass {

    private static final Logger LOG = Logger.getLogger(MaintenanceClockPass.class.getName());

    @PersistenceContext(unitName = "incident")
    private EntityManager entityManager;

    @Inject
    private Event<EventsChanged> eventsChanged;

    /** Runs the pass as of {@code now} (naive UTC); answers the ids of the events it changed. */
    @Transactional
    public Set<Long> run(LocalDateTime now) {
        StatusReportLock.take(entityManager);
        Set<Long> changed = new LinkedHashSet<>();
        for (EventEntity event : EventLookups.maintenanceClockCandidates(entityManager, now)) {
            MaintenanceClockRules.changeOf(event.toView(), now).ifPresent(change -> {
                for (MaintenanceClockRules.Entry entry : change.entries()) {
                    event.appendEntry(entry.at(), entry.status(), entry.text(), now);
                }
                if (change.status() != null) {
                    event.changeStatus(change.status(), now);
                }
                changed.add(event.id());
                LOG.info(() -> String.format("Maintenance clock: event %d%s%s", event.id(),
                        change.status() == null ? "" : " now " + change.status(),
                        change.entries().isEmpty() ? "" : ", timeline " + change.entries().stream()
                                .map(MaintenanceClockRules.Entry::status).toList()));
            });
        }
        if (!changed.isEmpty()) {
            entityManager.flush();
            eventsChanged.fire(new EventsChanged(changed));
        }
        return changed;
    }
}
