package io.statusdashboard.incident.internal.transactions;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.Actor;
import io.statusdashboard.incident.api.ApiEventDraft;
import io.statusdashboard.incident.api.ApiEventPatch;
import io.statusdashboard.incident.api.ApiEventWrites;
import io.statusdashboard.incident.api.ApiWriteOutcome;
import io.statusdashboard.incident.api.ComponentPlacement;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.EventsChanged;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.incident.internal.persistence.EventEntity;
import io.statusdashboard.incident.internal.persistence.EventLookups;
import io.statusdashboard.incident.internal.persistence.EventUpdateEntity;
import io.statusdashboard.incident.internal.persistence.StatusReportLock;
import io.statusdashboard.incident.internal.rules.ApiEventRules;
import io.statusdashboard.incident.internal.rules.ComponentMoves;
import io.statusdashboard.incident.internal.rules.StoredTimes;
import io.statusdashboard.incident.internal.rules.UpdateTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The transactions behind {@link RetryingApiEventWrites}. Each locks {@link StatusReportLock} before it
 * reads what it changes, as status reports, operators' moves and the maintenance clock do, checks
 * {@link ApiEventRules}, writes, and tells the response cache after commit.
 */
@ApplicationScoped
public class ApiEventTransactions {

    private static final Logger LOG = Logger.getLogger(ApiEventTransactions.class.getName());

    @PersistenceContext(unitName = "incident")
    private EntityManager entityManager;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private StatusReportTransactions decisions;

    @Inject
    private Event<EventsChanged> eventsChanged;

    @Transactional
    public ApiWriteOutcome<List<ComponentPlacement>> create(ApiEventDraft draft, Actor actor) {
        LocalDateTime now = StoredTimes.nowToTheMicrosecond();
        Optional<ApiEventRules.Refusal> refused = ApiEventRules.checkCreationBy(draft, actor, now);
        if (refused.isPresent()) {
            return refusal(refused.get());
        }
        String author = actor.name();
        boolean forReview = draft.type() == EventType.MAINTENANCE && ApiEventRules.needsReview(actor);
        Map<Integer, ComponentView> components = catalogById();
        Optional<Integer> unknown = draft.componentIds().stream().filter(id -> !components.containsKey(id)).findFirst();
        if (unknown.isPresent()) {
            return new ApiWriteOutcome.Refused<>(ApiEventWrites.unknownComponent(unknown.get()));
        }
        lock();
        Set<Long> changed = new LinkedHashSet<>();
        List<ComponentPlacement> placements = draft.system()
                ? placeInSystemIncidents(draft, components, author, now, changed)
                : createWithMoves(draft, components, author, forReview, now, changed);
        finish(changed);
        LOG.info(() -> String.format("%s posted %s%s \"%s\": %s", author, draft.system() ? "system " : "",
                draft.type().columnValue(), draft.title(), placements));
        return new ApiWriteOutcome.Done<>(placements);
    }

    /** An operator's event holds every component posted; an incident takes them out of other incidents. */
    private List<ComponentPlacement> createWithMoves(ApiEventDraft draft, Map<Integer, ComponentView> components,
            String author, boolean forReview, LocalDateTime now, Set<Long> changed) {
        EventEntity event = EventEntity.posted(draft, author, now);
        entityManager.persist(event);
        ApiEventRules.Entry first = forReview ? ApiEventRules.requestedEntry() : ApiEventRules.firstEntry(draft.type());
        event.addUpdate(ApiEventRules.firstEntryTime(draft.start(), now), first.status(), first.text(), author);
        entityManager.flush();
        changed.add(event.id());
        if (draft.type() == EventType.INCIDENT) {
            Set<Integer> posted = Set.copyOf(draft.componentIds());
            Map<Long, EventEntity> others = EventLookups.activeIncidentsAffecting(entityManager, posted, now).stream()
                    .filter(other -> other.id() != event.id())
                    .collect(Collectors.toMap(EventEntity::id, Function.identity()));
            for (ComponentMoves.Move move : ComponentMoves.forOpening(posted,
                    others.values().stream().map(EventEntity::toActiveEvent).toList())) {
                ComponentMover.move(components.get(move.componentId()), others.get(move.fromEventId()), event,
                        move.closesEvent(), now, author);
                changed.add(move.fromEventId());
            }
        }
        return draft.componentIds().stream().map(id -> new ComponentPlacement(id, event.id(), null)).toList();
    }

    /** Monitoring's event: each component by the rule status reports follow, one after the other. */
    private List<ComponentPlacement> placeInSystemIncidents(ApiEventDraft draft, Map<Integer, ComponentView> components,
            String author, LocalDateTime now, Set<Long> changed) {
        String description = draft.description() == null || draft.description().isEmpty()
                ? UpdateTexts.SYSTEM_INCIDENT_DESCRIPTION : draft.description();
        StatusReportTransactions.NewSystemIncident template = new StatusReportTransactions.NewSystemIncident(
                draft.title(), description, draft.start(), true, author);
        Impact impact = Impact.ofLevel(draft.impact());
        List<ComponentPlacement> placements = new ArrayList<>();
        for (int componentId : draft.componentIds()) {
            StatusReportTransactions.Decided decided = decisions.decideLocked(components.get(componentId), impact,
                    template, now, changed);
            placements.add(new ComponentPlacement(componentId, decided.eventId(),
                    decided.maintenance() ? ApiEventRules.IN_MAINTENANCE : null));
        }
        return placements;
    }

    @Transactional
    public ApiWriteOutcome<EventView> patch(long eventId, ApiEventPatch patch, Actor actor) {
        lock();
        EventEntity event = EventLookups.find(entityManager, eventId);
        if (event == null) {
            return new ApiWriteOutcome.NotFound<>(ApiEventWrites.EVENT_NOT_FOUND);
        }
        EventView stored = event.toView();
        LocalDateTime now = StoredTimes.nowToTheMicrosecond();
        Optional<ApiEventRules.Refusal> refused = ApiEventRules.checkPatchBy(stored, patch, actor, now);
        if (refused.isPresent()) {
            return refusal(refused.get());
        }
        String author = actor.name();
        event.patch(ApiEventRules.patched(stored, patch), now);
        if (patch.contactEmail() != null) {
            event.changeContact(patch.contactEmail(), now);
        }
        event.addUpdate(patch.updateDate(), patch.status(), patch.message(), author);
        finish(Set.of(event.id()));
        LOG.info(() -> String.format("%s patched event %d: %s", author, eventId, patch.status()));
        return new ApiWriteOutcome.Done<>(event.toView());
    }

    @Transactional
    public ApiWriteOutcome<EventView> extract(long eventId, List<Integer> componentIds, String author) {
        lock();
        EventEntity event = EventLookups.find(entityManager, eventId);
        if (event == null) {
            return new ApiWriteOutcome.NotFound<>(ApiEventWrites.EVENT_NOT_FOUND);
        }
        Optional<String> refused = ApiEventRules.checkExtract(event.toView(), componentIds);
        if (refused.isPresent()) {
            return new ApiWriteOutcome.Refused<>(refused.get());
        }
        LocalDateTime now = StoredTimes.nowToTheMicrosecond();
        Map<Integer, ComponentView> components = catalogById();
        EventEntity extracted = event.extracted(now);
        entityManager.persist(extracted);
        ApiEventRules.Entry first = ApiEventRules.firstEntry(EventType.INCIDENT);
        extracted.addUpdate(now, first.status(), first.text(), author);
        // The new event's id goes into the old one's timeline entries.
        entityManager.flush();
        for (int componentId : new LinkedHashSet<>(componentIds)) {
            ComponentView component = components.getOrDefault(componentId,
                    new ComponentView(componentId, "component " + componentId, Map.of()));
            ComponentMover.move(component, event, extracted, false, now, author);
        }
        finish(new LinkedHashSet<>(List.of(event.id(), extracted.id())));
        LOG.info(() -> String.format("%s extracted %s from event %d into %d", author, componentIds, eventId,
                extracted.id()));
        return new ApiWriteOutcome.Done<>(extracted.toView());
    }

    @Transactional
    public ApiWriteOutcome<UpdateView> editUpdateText(long eventId, int position, String text) {
        lock();
        EventEntity event = EventLookups.find(entityManager, eventId);
        if (event == null) {
            return new ApiWriteOutcome.NotFound<>(ApiEventWrites.EVENT_NOT_FOUND);
        }
        Optional<EventUpdateEntity> entry = ApiEventRules.updateAt(event.toView(), position)
                .flatMap(update -> event.update(update.id()));
        if (entry.isEmpty()) {
            return new ApiWriteOutcome.NotFound<>(ApiEventWrites.UPDATE_NOT_FOUND);
        }
        entry.get().changeText(text);
        // A new version tells operators' open forms that the event changed under them.
        event.touch(StoredTimes.nowToTheMicrosecond());
        finish(Set.of(event.id()));
        return new ApiWriteOutcome.Done<>(entry.get().toView());
    }

    private static <T> ApiWriteOutcome<T> refusal(ApiEventRules.Refusal refusal) {
        return switch (refusal.kind()) {
            case FORBIDDEN -> new ApiWriteOutcome.Forbidden<>(refusal.message());
            case CONFLICT -> new ApiWriteOutcome.Conflict<>(refusal.message());
            case INVALID -> new ApiWriteOutcome.Refused<>(refusal.message());
        };
    }

    private Map<Integer, ComponentView> catalogById() {
        return catalog.componentsById();
    }

    private void lock() {
        StatusReportLock.take(entityManager);
    }

    private void finish(Set<Long> changed) {
        entityManager.flush();
        eventsChanged.fire(new EventsChanged(changed));
    }

}
