package io.statusdashboard.incident.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CurrentEventsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 0);
    private static final int ECS = 1;
    private static final int OBS = 2;

    private static EventView event(long id, EventType type, Impact impact, LocalDateTime start, Integer... components) {
        return new EventView(id, "event " + id, null, impact, type, start, null, false, null, Set.of(components), List.of(), 0);
    }

    private static EventView incident(long id, Impact impact, LocalDateTime start, Integer... components) {
        return event(id, EventType.INCIDENT, impact, start, components);
    }

    private static EventView maintenance(long id, LocalDateTime start, Integer... components) {
        return event(id, EventType.MAINTENANCE, Impact.MAINTENANCE, start, components);
    }

    @Test
    void aCancelledOrCompletedMaintenanceIsNeitherActiveNorPlannedWhateverItsWindow() {
        for (String status : List.of("cancelled", "completed")) {
            EventView running = new EventView(3, "works", null, Impact.MAINTENANCE, EventType.MAINTENANCE,
                    NOW.minusHours(1), NOW.plusHours(1), false, status, Set.of(ECS), List.of(), 0);
            EventView upcoming = new EventView(4, "works", null, Impact.MAINTENANCE, EventType.MAINTENANCE,
                    NOW.plusHours(1), NOW.plusHours(2), false, status, Set.of(ECS), List.of(), 0);
            assertFalse(running.isActiveAt(NOW), status);
            assertFalse(upcoming.isPlannedAt(NOW), status);
        }
        EventView inProgress = new EventView(5, "works", null, Impact.MAINTENANCE, EventType.MAINTENANCE,
                NOW.minusHours(1), NOW.plusHours(1), false, "in progress", Set.of(ECS), List.of(), 0);
        assertTrue(inProgress.isActiveAt(NOW));
        EventView resolvedButOpen = new EventView(6, "odd", null, Impact.MAJOR, EventType.INCIDENT,
                NOW.minusHours(1), null, false, "completed", Set.of(ECS), List.of(), 0);
        assertTrue(resolvedButOpen.isActiveAt(NOW), "an incident ends by its end date only");
    }

    @Test
    void anActiveMaintenanceWinsOverAnyIncident() {
        CurrentEvents events = new CurrentEvents(NOW, List.of(
                incident(1, Impact.OUTAGE, NOW.minusHours(1), ECS),
                maintenance(2, NOW.minusHours(3), ECS)), List.of());
        assertEquals(2, events.prioritizedEventOf(ECS).orElseThrow().id());
    }

    @Test
    void otherwiseTheHighestImpactWins() {
        CurrentEvents events = new CurrentEvents(NOW, List.of(
                incident(1, Impact.MINOR, NOW.minusMinutes(5), ECS),
                incident(2, Impact.MAJOR, NOW.minusHours(2), ECS, OBS),
                incident(3, Impact.MINOR, NOW.minusMinutes(1), ECS)), List.of());
        assertEquals(2, events.prioritizedEventOf(ECS).orElseThrow().id());
    }

    @Test
    void amongEqualImpactsTheNewestWins() {
        CurrentEvents events = new CurrentEvents(NOW, List.of(
                incident(1, Impact.MAJOR, NOW.minusHours(2), ECS),
                incident(2, Impact.MAJOR, NOW.minusHours(1), ECS)), List.of());
        assertEquals(2, events.prioritizedEventOf(ECS).orElseThrow().id());
    }

    @Test
    void aComponentOutsideEveryEventIsOperational() {
        CurrentEvents events = new CurrentEvents(NOW, List.of(incident(1, Impact.OUTAGE, NOW.minusHours(1), ECS)),
                List.of(maintenance(2, NOW.plusDays(1), OBS)));
        assertTrue(events.prioritizedEventOf(OBS).isEmpty());
        assertEquals(2, events.nextPlannedMaintenanceOf(OBS).orElseThrow().id());
    }

    @Test
    void announcementsNeverChangeAComponentsStatus() {
        CurrentEvents events = new CurrentEvents(NOW,
                List.of(event(1, EventType.INFO, Impact.MAINTENANCE, NOW.minusHours(1), ECS)), List.of());
        assertTrue(events.prioritizedEventOf(ECS).isEmpty());
        assertTrue(events.activeIncidents().isEmpty());
    }

    @Test
    void theNextPlannedMaintenanceIsTheEarliest() {
        CurrentEvents events = new CurrentEvents(NOW, List.of(), List.of(
                maintenance(1, NOW.plusDays(3), ECS),
                maintenance(2, NOW.plusDays(1), ECS)));
        assertEquals(2, events.nextPlannedMaintenanceOf(ECS).orElseThrow().id());
    }

    @Test
    void activeIncidentsAreListedNewestFirstWithoutMaintenances() {
        CurrentEvents events = new CurrentEvents(NOW, List.of(
                incident(1, Impact.MINOR, NOW.minusHours(3), ECS),
                maintenance(2, NOW.minusHours(1), OBS),
                incident(3, Impact.OUTAGE, NOW.minusHours(2), OBS)), List.of());
        assertEquals(List.of(3L, 1L), events.activeIncidents().stream().map(EventView::id).toList());
        assertEquals(List.of(2L), events.activeMaintenances().stream().map(EventView::id).toList());
    }

    @Test
    void activityFollowsStartAndEnd() {
        EventView ended = new EventView(1, "t", null, Impact.MINOR, EventType.INCIDENT, NOW.minusHours(2),
                NOW, false, null, Set.of(ECS), List.of(), 0);
        EventView endsLater = new EventView(2, "t", null, Impact.MINOR, EventType.INCIDENT, NOW.minusHours(2),
                NOW.plusSeconds(1), false, null, Set.of(ECS), List.of(), 0);
        assertTrue(!ended.isActiveAt(NOW), "an event whose end has come is closed");
        assertTrue(endsLater.isActiveAt(NOW));
        assertTrue(incident(3, Impact.MINOR, NOW, ECS).isActiveAt(NOW), "an event starting now is active");
        assertTrue(maintenance(4, NOW.plusMinutes(1), ECS).isPlannedAt(NOW));
    }
}
