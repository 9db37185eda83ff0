package io.statusdashboard.web.page.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.DayStatus;
import io.statusdashboard.incident.api.EventSpan;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.RecentEvents;
import io.statusdashboard.web.StatusIcon;
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

    private static StatusBoard board(CurrentEvents events, String requested) {
        String region = StatusBoard.regionToShow(StatusBoard.regionsOf(CATALOG), requested, null);
        return StatusBoard.of(CATALOG, events, quiet(), region);
    }

    private static RecentEvents quiet() {
        return new RecentEvents(RecentEvents.firstDayOf(90, NOW), 90, NOW, List.of());
    }

    @Test
    void showsTheRequestedRegionByCategoryWithComponentsSortedByName() {
        StatusBoard board = board(NOTHING, "EU-DE");
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
        assertEquals("EU-DE", board(NOTHING, null).region());
        assertEquals("EU-DE", board(NOTHING, "MARS-1").region());
        assertNull(StatusBoard.regionToShow(StatusBoard.regionsOf(List.of()), null, null));
    }

    @Test
    void aComponentShowsItsPrioritizedEventAndItsNextPlannedMaintenance() {
        EventView outage = event(10, EventType.INCIDENT, Impact.OUTAGE, NOW.minusHours(1), 1);
        EventView planned = event(11, EventType.MAINTENANCE, Impact.MAINTENANCE, NOW.plusDays(1), 1, 2);
        StatusBoard board = board(new CurrentEvents(NOW, List.of(outage), List.of(planned)), "EU-DE");

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
        StatusBoard board = board(new CurrentEvents(NOW, List.of(oneRegion, twoRegions), List.of()), "EU-DE");

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
        StatusBoard board = board(new CurrentEvents(NOW, List.of(maintenance), List.of()), "EU-DE");
        assertTrue(board.incidents().isEmpty(), "a maintenance is no incident");
        assertEquals(Verdict.MAINTENANCE, board.verdict());
        assertEquals(List.of(10L), board.maintenances().stream().map(summary -> summary.event().id()).toList());
        assertEquals(StatusIcon.MAINTENANCE, board.categories().get(1).components().get(0).icon());
    }

    @Test
    void regionsFollowTheCatalogsOrderAndTheConfiguredDefaultWinsWhenItExists() {
        List<ComponentView> catalog = List.of(
                component(7, "Auto Scaling", "EU-NL", "Compute"),
                component(3, "Elastic Cloud Server", "EU-DE", "Compute"),
                component(9, "Bare Metal Server", "EU-CH2", "Compute"),
                component(1, "Object Storage Service", "EU-NL", "Storage"));
        List<String> regions = StatusBoard.regionsOf(catalog);
        assertEquals(List.of("EU-NL", "EU-DE", "EU-CH2"), regions, "by each region's first component, not alphabetically");
        assertEquals("EU-NL", StatusBoard.regionToShow(regions, null, null));
        assertEquals("EU-CH2", StatusBoard.regionToShow(regions, null, "EU-CH2"));
        assertEquals("EU-NL", StatusBoard.regionToShow(regions, null, "MARS-1"), "an unknown default is ignored");
        assertEquals("EU-DE", StatusBoard.regionToShow(regions, "EU-DE", "EU-CH2"), "the visitor's choice wins");
    }

    @Test
    void aRegionShowsOnlyItsOwnEventsAndCountsTheOtherRegionsOpenOnes() {
        EventView germanIncident = event(10, EventType.INCIDENT, Impact.MINOR, NOW.minusHours(2), 1);
        EventView dutchIncident = event(11, EventType.INCIDENT, Impact.OUTAGE, NOW.minusHours(1), 2);
        EventView dutchMaintenance = event(12, EventType.MAINTENANCE, Impact.MAINTENANCE, NOW.minusHours(1), 2);
        EventView dutchPlanned = event(13, EventType.MAINTENANCE, Impact.MAINTENANCE, NOW.plusDays(1), 2);
        EventView both = event(14, EventType.INCIDENT, Impact.MAJOR, NOW.minusHours(3), 3, 2);
        CurrentEvents events = new CurrentEvents(NOW,
                List.of(germanIncident, dutchIncident, dutchMaintenance, both), List.of(dutchPlanned));

        StatusBoard germany = board(events, "EU-DE");
        assertEquals(List.of(10L, 14L), germany.incidents().stream().map(summary -> summary.event().id()).toList());
        assertTrue(germany.maintenances().isEmpty(), "the Dutch maintenance stays on its tab");
        assertTrue(germany.plannedMaintenances().isEmpty());
        assertEquals(List.of(new RegionCount("EU-NL", 3)), germany.elsewhere());
        assertEquals(Verdict.PARTIAL_OUTAGE, germany.verdict(), "the worst German incident is major");

        StatusBoard netherlands = board(events, "EU-NL");
        assertEquals(List.of(11L, 14L), netherlands.incidents().stream().map(summary -> summary.event().id()).toList());
        assertEquals(List.of(12L), netherlands.maintenances().stream().map(summary -> summary.event().id()).toList());
        assertEquals(List.of(13L), netherlands.plannedMaintenances().stream().map(summary -> summary.event().id()).toList());
        assertEquals(List.of(new RegionCount("EU-DE", 2)), netherlands.elsewhere());
        assertEquals(Verdict.MAJOR_OUTAGE, netherlands.verdict());
    }

    @Test
    void eachComponentCarriesItsOwnUptimeBar() {
        EventSpan outage = new EventSpan(20, "down", Impact.OUTAGE, EventType.INCIDENT, null, NOW.minusHours(2),
                NOW.minusHours(1), Set.of(1));
        RecentEvents recent = new RecentEvents(RecentEvents.firstDayOf(90, NOW), 90, NOW, List.of(outage));
        StatusBoard board = StatusBoard.of(CATALOG, NOTHING, recent, "EU-DE");
        List<ComponentStatus> compute = board.categories().get(0).components();
        assertEquals(DayStatus.OUTAGE, compute.get(1).uptime().days().get(89), "Elastic Cloud Server, today");
        assertEquals(DayStatus.OPERATIONAL, compute.get(0).uptime().days().get(89), "Auto Scaling, today");
        assertEquals(90, compute.get(0).uptime().days().size());
        assertEquals(List.of(20L), board.pastIncidents().get(0).events().stream().map(EventSpan::id).toList());
    }
}
