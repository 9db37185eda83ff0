package io.statusdashboard.incident.internal.transactions;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.StatusReport;
import io.statusdashboard.incident.api.StatusReportOutcome;
import io.statusdashboard.incident.api.StatusReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Status reports from monitoring: finds the component; answers a report that changes nothing (a
 * repeat, most of a storm) from the component's own events without the lock; queues any other for
 * its turn (one decision at a time per instance), has {@link StatusReportTransactions} decide and
 * write under the database lock, and reads the event an accepted report is answered with after
 * the lock is released, so reports queue for the decision only, not for reading timelines. A
 * conflict is answered from what the decision itself read.
 */
@ApplicationScoped
public class QueuedStatusReports implements StatusReports {

    @Inject
    private CatalogQueries catalog;

    @Inject
    private StatusReportTransactions decisions;

    @Inject
    private EventQueries events;

    private final ReentrantLock decisionTurn = new ReentrantLock(true);

    @Override
    public StatusReportOutcome report(StatusReport report) {
        Optional<ComponentView> found = catalog.find(report.componentName(), report.attributes());
        if (found.isEmpty()) {
            return new StatusReportOutcome.UnknownComponent();
        }
        ComponentView component = found.get();
        StatusReportTransactions.Decided decided = decisions.decideIfUnchanged(component, report)
                .orElseGet(() -> decideInTurn(component, report));
        if (decided.conflict()) {
            // Most reports of a storm end here: answered from what the decision read, without
            // loading the incident's timeline and components again.
            return new StatusReportOutcome.Conflict(component, decided.eventId(), decided.conflictTitle());
        }
        EventView event = events.find(decided.eventId())
                .orElseThrow(() -> new IllegalStateException("event " + decided.eventId() + " vanished"));
        return new StatusReportOutcome.Accepted(event);
    }

    private StatusReportTransactions.Decided decideInTurn(ComponentView component, StatusReport report) {
        // Reports queue here rather than in the database: one transaction per instance waits for
        // the row lock at a time, instead of every request holding a connection while it waits
        // and all of them waking up whenever the lock is released.
        decisionTurn.lock();
        try {
            return decisions.decide(component, report);
        } finally {
            decisionTurn.unlock();
        }
    }
}
