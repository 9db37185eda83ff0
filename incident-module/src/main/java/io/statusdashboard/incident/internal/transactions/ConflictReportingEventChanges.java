package io.statusdashboard.incident.internal.transactions;

import io.statusdashboard.incident.api.ChangeOutcome;
import io.statusdashboard.incident.api.EventChanges;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventUpdate;
import io.statusdashboard.incident.api.NewEvent;
import io.statusdashboard.incident.api.Operator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Operators' changes, each in a transaction of {@link EventChangeTransactions}. Two operators
 * saving the same event at once: the transaction that commits second fails its version check, and
 * its operator gets a conflict with the event as the other one left it, not an error.
 */
@ApplicationScoped
public class ConflictReportingEventChanges implements EventChanges {

    @Inject
    private EventChangeTransactions transactions;

    @Inject
    private EventQueries queries;

    @Override
    public ChangeOutcome open(NewEvent event, Operator operator) {
        return transactions.open(event, operator);
    }

    @Override
    public ChangeOutcome update(EventUpdate update, Operator operator) {
        return detectingConcurrentSave(update.eventId(), () -> transactions.update(update, operator));
    }

    @Override
    public ChangeOutcome separate(long eventId, int version, int componentId, Operator operator) {
        return detectingConcurrentSave(eventId, () -> transactions.separate(eventId, version, componentId, operator));
    }

    private ChangeOutcome detectingConcurrentSave(long eventId, Supplier<ChangeOutcome> change) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            if (!OptimisticLockFailures.causedByOptimisticLock(e)) {
                throw e;
            }
            return queries.find(eventId).<ChangeOutcome>map(ChangeOutcome.Conflict::new)
                    .orElseGet(() -> new ChangeOutcome.Rejected(Map.of("event", "There is no such event")));
        }
    }
}
