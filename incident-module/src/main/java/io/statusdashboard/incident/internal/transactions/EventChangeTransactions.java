package io.statusdashboard.incident.internal.transactions;

import static io.statusdashboard.incident.api.EventStatus.CHANGED;
import static io.statusdashboard.incident.api.EventStatus.COMPLETED;
import static io.statusdashboard.incident.api.EventStatus.IN_PROGRESS;
import static io.statusdashboard.incident.api.EventStatus.MODIFIED;
import static io.statusdashboard.incident.api.EventStatus.REOPENED;
import static io.statusdashboard.incident.api.EventStatus.RESOLVED;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.ChangeOutcome;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventUpdate;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.EventsChanged;
import io.statusdashboard.incident.api.NewEvent;
import io.statusdashboard.incident.api.Operator;
import io.statusdashboard.incident.internal.persistence.EventEntity;
import io.statusdashboard.incident.internal.persistence.EventLookups;
import io.statusdashboard.incident.internal.persistence.StatusReportLock;
import io.statusdashboard.incident.internal.rules.ComponentMoves;
import io.statusdashboard.incident.internal.rules.EventRules;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The transactions behind {@link ConflictReportingEventChanges}: each checks the rules, then writes
 * the change and the timeline entries that record it with the operator's name. Moves between incidents take
 * the same lock as status reports, so operators and monitoring never move a component at once.
 */
@ApplicationScoped
public class EventChangeTransactions {

    private static final Logger LOG = Logger.getLogger(EventChangeTransactions.class.getName());

    @PersistenceContext(unitName = "incident")
    private EntityManager entityManager;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private Event<EventsChanged> eventsChanged;

    @Transactional
    public ChangeOutcome open(NewEvent opening, Operator operator) {
        LocalDateTime now = StoredTimes.nowToTheSecond();
        Map<String, String> problems = EventRules.checkOpening(opening, now);
        Map<Integer, ComponentView> components = catalog.componentsById();
        if (!components.keySet().containsAll(opening.componentIds())) {
            problems.putIfAbsent("components", "Choose services from the list");
        }
        if (!problems.isEmpty()) {
            return new ChangeOutcome.Rejected(problems);
        }
        StatusReportLock.take(entityManager);
        EventEntity event = EventEntity.opened(opening, now);
        entityManager.persist(event);
        if (opening.type() == EventType.MAINTENANCE) {
            // Stored as planned from the start; the maintenance clock moves it on when the window opens.
            LocalDateTime announced = opening.start().isBefore(now) ? opening.start() : now;
            event.addUpdate(announced, EventStatus.PLANNED, UpdateTexts.MAINTENANCE_PLANNED, operator.name());
        }
        entityManager.flush();
        Set<Long> changed = new LinkedHashSet<>(List.of(event.id()));
        if (opening.type() == EventType.INCIDENT) {
            Map<Long, EventEntity> others = activeIncidentsAffecting(opening.componentIds(), now).stream()
                    .filter(other -> other.id() != event.id())
                    .collect(Collectors.toMap(EventEntity::id, Function.identity()));
            List<ComponentMoves.Move> moves = ComponentMoves.forOpening(opening.componentIds(),
                    others.values().stream().map(EventEntity::toActiveEvent).toList());
            for (ComponentMoves.Move move : moves) {
                ComponentMover.move(components.get(move.componentId()), others.get(move.fromEventId()), event,
                        move.closesEvent(), now, operator.name());
                changed.add(move.fromEventId());
            }
        }
        LOG.info(() -> String.format("%s opened %s %d \"%s\"", operator.name(), opening.type().columnValue(),
                event.id(), event.title()));
        return saved(event, changed);
    }

    @Transactional
    public ChangeOutcome update(EventUpdate update, Operator operator) {
        LocalDateTime now = StoredTimes.nowToTheSecond();
        EventEntity event = find(update.eventId());
        if (event == null) {
            return new ChangeOutcome.Rejected(Map.of("event", "There is no such event"));
        }
        if (event.version() != update.version()) {
            return new ChangeOutcome.Conflict(event.toView());
        }
        EventView current = event.toView();
        Map<String, String> problems = EventRules.checkUpdate(current, update, now);
        if (!problems.isEmpty()) {
            return new ChangeOutcome.Rejected(problems);
        }
        LocalDateTime at = update.date() == null ? now : update.date();
        switch (update.status()) {
            case RESOLVED -> event.end(at, now);
            case REOPENED -> event.end(null, now);
            case CHANGED -> {
                event.end(update.date(), now);
                at = now;
            }
            case IN_PROGRESS -> event.reschedule(at, current.end(), now);
            case MODIFIED -> {
                event.reschedule(update.start(), update.end(), now);
                at = now;
            }
            case COMPLETED -> {
                event.end(now, now);
                at = now;
            }
            default -> {
                // analyzing, fixing, impact changed, observing: the timeline entry is the change.
            }
        }
        event.retitle(update.title(), now);
        event.changeImpact(update.impact(), now);
        event.addUpdate(at, update.status(), update.message().strip(), operator.name());
        LOG.info(() -> String.format("%s updated event %d: %s", operator.name(), event.id(), update.status()));
        return saved(event, new LinkedHashSet<>(List.of(event.id())));
    }

    @Transactional
    public ChangeOutcome separate(long eventId, int version, int componentId, Operator operator) {
        LocalDateTime now = StoredTimes.nowToTheSecond();
        EventEntity event = find(eventId);
        if (event == null) {
            return new ChangeOutcome.Rejected(Map.of("event", "There is no such event"));
        }
        if (event.version() != version) {
            return new ChangeOutcome.Conflict(event.toView());
        }
        EventView current = event.toView();
        if (!ComponentMoves.canSeparate(current, componentId, now)) {
            return new ChangeOutcome.Rejected(Map.of("component",
                    "Only one of several services of an open event can be separated"));
        }
        StatusReportLock.take(entityManager);
        ComponentView component = catalog.components().stream().filter(candidate -> candidate.id() == componentId)
                .findFirst().orElse(new ComponentView(componentId, "service " + componentId, Map.of()));
        String title = current.title() + " (" + component.name() + ")";
        EventEntity separated = event.separated(title.length() > EventRules.TITLE_MAX
                ? title.substring(0, EventRules.TITLE_MAX) : title, componentId, now);
        entityManager.persist(separated);
        entityManager.flush();
        ComponentMover.move(component, event, separated, false, now, operator.name());
        LOG.info(() -> String.format("%s separated %s from event %d into %d", operator.name(), component.name(),
                event.id(), separated.id()));
        return saved(separated, new LinkedHashSet<>(List.of(event.id(), separated.id())));
    }

    private List<EventEntity> activeIncidentsAffecting(Set<Integer> componentIds, LocalDateTime now) {
        return EventLookups.activeIncidentsAffecting(entityManager, componentIds, now);
    }

    private EventEntity find(long id) {
        return EventLookups.find(entityManager, id);
    }

    private ChangeOutcome saved(EventEntity event, Set<Long> changed) {
        entityManager.flush();
        eventsChanged.fire(new EventsChanged(changed));
        return new ChangeOutcome.Saved(event.id());
    }

}
