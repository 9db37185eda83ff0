package io.statusdashboard.incident.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.internal.rules.ComponentMoves.Move;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComponentMovesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 0);

    private static ActiveEvent incident(long id, Integer... components) {
        return new ActiveEvent(id, EventType.INCIDENT, Impact.MINOR, false, NOW.minusHours(1), Set.of(components));
    }

    @Test
    void openingTakesEachComponentOutOfTheIncidentsHoldingIt() {
        List<Move> moves = ComponentMoves.forOpening(Set.of(1, 2), List.of(incident(10, 1, 3), incident(11, 2, 4)));
        assertEquals(List.of(new Move(10, 1, false), new Move(11, 2, false)), moves);
    }

    @Test
    void anIncidentLosingItsLastComponentIsClosed() {
        assertEquals(List.of(new Move(10, 1, false), new Move(10, 2, true)),
                ComponentMoves.forOpening(Set.of(1, 2), List.of(incident(10, 1, 2))));
        assertEquals(List.of(new Move(12, 5, true)), ComponentMoves.forOpening(Set.of(5), List.of(incident(12, 5))));
    }

    @Test
    void maintenancesAndUnrelatedIncidentsKeepTheirComponents() {
        ActiveEvent maintenance = new ActiveEvent(20, EventType.MAINTENANCE, Impact.MAINTENANCE, false, NOW, Set.of(1));
        assertEquals(List.of(), ComponentMoves.forOpening(Set.of(1), List.of(maintenance, incident(21, 7))));
    }

    @Test
    void onlyOneOfSeveralComponentsOfAnOpenEventCanBeSeparated() {
        EventView open = new EventView(1, "Two services down", null, Impact.MAJOR, EventType.INCIDENT, NOW.minusHours(1),
                null, false, null, Set.of(1, 2), List.of(), 0);
        EventView single = new EventView(2, "One service down", null, Impact.MAJOR, EventType.INCIDENT, NOW.minusHours(1),
                null, false, null, Set.of(1), List.of(), 0);
        EventView closed = new EventView(3, "Two services were down", null, Impact.MAJOR, EventType.INCIDENT,
                NOW.minusHours(2), NOW.minusHours(1), false, null, Set.of(1, 2), List.of(), 0);
        assertTrue(ComponentMoves.canSeparate(open, 2, NOW));
        assertFalse(ComponentMoves.canSeparate(open, 3, NOW), "not one of its components");
        assertFalse(ComponentMoves.canSeparate(single, 1, NOW), "its only component");
        assertFalse(ComponentMoves.canSeparate(closed, 1, NOW), "a closed event");
    }
}
