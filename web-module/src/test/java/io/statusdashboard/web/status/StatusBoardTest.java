package io.statusdashboard.web.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusBoardTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 0);

    private static final ComponentView ECS_DE = component(1, "Elastic Cloud Server", "EU-DE", "Compute");
    private static final ComponentView ECS_NL = component(2, "Elastic Cloud Server", "EU-NL", "Compute");
    private static final ComponentView OBS_DE = component(3, "Object Storage Service", "EU-DE", "Storage");
    private static final ComponentView AS_DE = component(4, "Auto Scaling", "EU-DE", "Compute");
    private static final ComponentView PROBE_DE = new ComponentView(5, "Probe", Map.of("region", "EU-DE"));
    private static final ComponentView NO_REGION = new ComponentView(6, "Legacy", Map.of("category", "Compute"));
    private static final List<ComponentView> CATALOG = List.of(ECS_DE, ECS_NL, OBS_DE, AS_DE, PROBE_DE, NO_REGION);

    private static ComponentView component(int id, String name, String region, String category) {
        return new ComponentView(id, name, Map.of("region", region, "category", category));
    }

    private static EventView event(long id, EventType type, Impact impact, LocalDateTime start, Integer... components) {
        return new EventView(id, "event " + id, null, impact, type, start, null, false, null, Set.of(components), List.of(), 0);
    }

    private static final CurrentEvents NOTHING = new CurrentEvents(NOW, List.of(), List.of());

    @Test
    void showsTheRequestedRegionByCategoryWithComponentsSortedByName() {
        StatusBoard board = StatusBoard.of(CATALOG, NOTHING, "EU-DE");
        assertEquals(List.of("EU-DE", "EU-NL"), board.regions());
        assertEquals("EU-DE", board.region());
        assertEquals(List.of("Compute", "Storage", StatusBoard.UNCATEGORIZED),
                board.categories().stream().map(CategoryCard::name).toList());
        assertEquals(List.of("Auto Scaling", "Elastic Cloud Server"),
                board.categories().get(0).components().stream().map(ComponentStatus::name).toList());
        assertTrue(board.allOperational());
    }

    @Test
    void withoutOrWithAnUnknownRegionTheFirstRegionIsShown() {
        assertEquals("EU-DE", StatusBoard.of(CATALOG, NOTHING, null).region());
        assertEquals("EU-DE", StatusBoard.of(CATALOG, NOTHING, "MARS-1").region());
        assertNull(StatusBoard.of(List.of(), NOTHING, null).region());
    }

    @Test
    void aComponentShowsItsPrioritizedEventAndItsNextPlannedMaintenance() {
        EventView outage = event(10, EventType.INCIDENT, Impact.OUTAGE, NOW.minusHours(1), 1);
        EventView planned = event(11, EventType.MAINTENANCE, Impact.MAINTENANCE, NOW.plusDays(1), 1, 2);
        StatusBoard board = StatusBoard.of(CATALOG, new CurrentEvents(NOW, List.of(outage), List.of(planned)), "EU-DE");

        ComponentStatus ecs = board.categories().get(0).components().get(1);
        assertEquals(StatusIcon.OUTAGE, ecs.icon());
        assertEquals(outage, ecs.event());
        assertEquals(planned, ecs.plannedMaintenance());
        ComponentStatus autoScaling = board.categories().get(0).components().get(0);
        assertEquals(StatusIcon.OPERATIONAL, autoScaling.icon());
        assertNull(autoScaling.event());
        assertFalse(board.allOperational());
    }

    @Test
    void theBannerNamesRegionsAndAddsTheRegionToServicesOnlyWhenSeveralAreAffected() {
        EventView oneRegion = event(10, EventType.INCIDENT, Impact.MINOR, NOW.minusHours(2), 1, 3);
        EventView twoRegions = event(11, EventType.INCIDENT, Impact.MAJOR, NOW.minusHours(1), 1, 2);
        StatusBoard board = StatusBoard.of(CATALOG, new CurrentEvents(NOW, List.of(oneRegion, twoRegions), List.of()),
                "EU-DE");

        EventSummary newest = board.incidents().get(0);
        assertEquals(11, newest.event().id());
        assertEquals(List.of("EU-DE", "EU-NL"), newest.regions());
        assertEquals(List.of("Elastic Cloud Server (EU-DE)", "Elastic Cloud Server (EU-NL)"), newest.services());
        assertEquals(StatusIcon.MAJOR, newest.icon());

        EventSummary older = board.incidents().get(1);
        assertEquals(List.of("EU-DE"), older.regions());
        assertEquals(List.of("Elastic Cloud Server", "Object Storage Service"), older.services());
    }

    @Test
    void maintenancesAreListedApartFromIncidents() {
        EventView maintenance = event(10, EventType.MAINTENANCE, Impact.MAINTENANCE, NOW.minusHours(1), 3);
        StatusBoard board = StatusBoard.of(CATALOG, new CurrentEvents(NOW, List.of(maintenance), List.of()), "EU-DE");
        assertTrue(board.allOperational(), "a maintenance is no incident");
        assertEquals(List.of(10L), board.maintenances().stream().map(summary -> summary.event().id()).toList());
        assertEquals(StatusIcon.MAINTENANCE, board.categories().get(1).components().get(0).icon());
    }
}
