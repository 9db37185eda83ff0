package io.statusdashboard.incident.internal.transactions;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.incident.api.Actor;
import io.statusdashboard.incident.api.ApiEventDraft;
import io.statusdashboard.incident.api.ApiEventPatch;
import io.statusdashboard.incident.api.ApiEventWrites;
import io.statusdashboard.incident.api.ApiWriteOutcome;
import io.statusdashboard.incident.api.ComponentPlacement;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UpdateView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * API v2's writes. They hold the decision lock, so they never race each other, status reports or
 * the maintenance clock; an operator's form saved at the same moment can still win the event's
 * version, and the write is then done again on what the operator saved.
 */
@ApplicationScoped
public class RetryingApiEventWrites implements ApiEventWrites {

    @Inject
    private ApiEventTransactions transactions;

    @Inject
    private CatalogQueries catalog;

    @Override
    public Optional<Long> firstUnknownComponent(List<Long> componentIds) {
        Set<Long> known = catalog.components().stream().map(component -> (long) component.id())
                .collect(Collectors.toSet());
        return componentIds.stream().filter(id -> !known.contains(id)).findFirst();
    }

    @Override
    public ApiWriteOutcome<List<ComponentPlacement>> create(ApiEventDraft draft, Actor actor) {
        return transactions.create(draft, actor);
    }

    @Override
    public ApiWriteOutcome<EventView> patch(long eventId, ApiEventPatch patch, Actor actor) {
        // Done again after a concurrent save, the check sees the new version: a stale one is then a conflict.
        return againAfterConcurrentSave(() -> transactions.patch(eventId, patch, actor));
    }

    @Override
    public ApiWriteOutcome<EventView> extract(long eventId, List<Integer> componentIds, String author) {
        return againAfterConcurrentSave(() -> transactions.extract(eventId, componentIds, author));
    }

    @Override
    public ApiWriteOutcome<UpdateView> editUpdateText(long eventId, int position, String text) {
        return againAfterConcurrentSave(() -> transactions.editUpdateText(eventId, position, text));
    }

    private static <T> T againAfterConcurrentSave(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (!OptimisticLockFailures.causedByOptimisticLock(e)) {
                throw e;
            }
            return write.get();
        }
    }
}
