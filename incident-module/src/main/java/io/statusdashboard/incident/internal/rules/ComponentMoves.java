package io.statusdashboard.incident.internal.rules;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which components move when an operator opens an incident or separates a component, as pure
 * functions: a component is in one active incident at a time, and an incident left without
 * components is closed.
 */
public final class ComponentMoves {

    /** One component leaving an event; {@code closesEvent} when it was the event's last. */
    public record Move(long fromEventId, int componentId, boolean closesEvent) {}

    private ComponentMoves() {}

    /**
     * The moves opening an incident with {@code componentIds} causes among the other active
     * incidents (maintenances keep their components).
     */
    public static List<Move> forOpening(Set<Integer> componentIds, List<ActiveEvent> otherActiveIncidents) {
        List<Move> moves = new ArrayList<>();
        otherActiveIncidents.stream()
                .filter(event -> event.type() == EventType.INCIDENT)
                .sorted(Comparator.comparingLong(ActiveEvent::id))
                .forEach(event -> {
                    Set<Integer> remaining = new HashSet<>(event.componentIds());
                    event.componentIds().stream().filter(componentIds::contains).sorted().forEach(component -> {
                        remaining.remove(component);
                        moves.add(new Move(event.id(), component, remaining.isEmpty()));
                    });
                });
        return moves;
    }

    /** Whether a component may be separated from an event: one of several of an open event. */
    public static boolean canSeparate(EventView event, int componentId, LocalDateTime now) {
        return !event.isClosedAt(now) && event.componentIds().size() > 1 && event.componentIds().contains(componentId);
    }
}
