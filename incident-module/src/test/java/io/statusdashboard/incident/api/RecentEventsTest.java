package io.statusdashboard.incident.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentEventsTest {

    /** Day 90 of a 90-day period: the period runs from 2026-09-03 to today, 2026-12-01. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 3);
    private static final int ECS = 1;
    private static final int OBS = 2;

    private static EventSpan incident(long id, Impact impact, LocalDateTime start, LocalDateTime end, Integer... components) {
        return new EventSpan(id, "incident " + id, impact, EventType.INCIDENT, null, start, end, Set.of(components));
    }

    private static EventSpan maintenance(long id, String status, LocalDateTime start, LocalDateTime end) {
        return new EventSpan(id, "works " + id, Impact.MAINTENANCE, EventType.MAINTENANCE, status, start, end, Set.of(ECS));
    }

    private static UptimeBar barOf(int component, EventSpan... events) {
        RecentEvents recent = new RecentEvents(FIRST, 90, NOW, List.of(events));
        return recent.uptimeBars().getOrDefault(component, recent.quietBar());
    }

    /** Every day operational except the given ones. */
    private static List<DayStatus> days(Object... dayAndStatus) {
        List<DayStatus> days = new ArrayList<>(Collections.nCopies(90, DayStatus.OPERATIONAL));
        for (int i = 0; i < dayAndStatus.length; i += 2) {
            days.set((Integer) dayAndStatus[i], (DayStatus) dayAndStatus[i + 1]);
        }
        return days;
    }

    private static int dayIndex(int month, int day) {
        return (int) (LocalDate.of(2026, month, day).toEpochDay() - FIRST.toEpochDay());
    }

    @Test
    void theFirstDayIsTheEightyNinthBeforeToday() {
        assertEquals(FIRST, RecentEvents.firstDayOf(90, NOW));
        assertEquals(89, dayIndex(12, 1));
    }

    @Test
    void aQuietComponentHasNinetyOperationalDaysAndAHundredPercent() {
        UptimeBar bar = barOf(ECS);
        assertEquals(days(), bar.days());
        assertEquals(100.0, bar.percent());
        assertEquals(FIRST, bar.firstDay());
    }

    @Test
    void eachDayTakesTheWorstStatusOfTheEventsThatTouchedIt() {
        LocalDateTime nov30 = LocalDateTime.of(2026, 11, 30, 0, 0);
        UptimeBar bar = barOf(ECS,
                incident(1, Impact.MINOR, nov30.plusHours(1), nov30.plusHours(2), ECS),
                incident(2, Impact.MAJOR, nov30.plusHours(8), nov30.plusHours(9), ECS),
                maintenance(3, "completed", nov30.plusHours(20), nov30.plusHours(22)),
                maintenance(4, "completed", nov30.minusDays(2), nov30.minusDays(2).plusHours(1)));
        assertEquals(days(dayIndex(11, 30), DayStatus.MAJOR, dayIndex(11, 28), DayStatus.MAINTENANCE), bar.days());
        assertEquals(100.0, bar.percent(), "only outages take from the percentage");
    }

    @Test
    void anEventCrossingMidnightColoursBothDaysAndAnEndAtMidnightDoesNotColourTheNextDay() {
        LocalDateTime nov20 = LocalDateTime.of(2026, 11, 20, 0, 0);
        UptimeBar bar = barOf(ECS,
                incident(1, Impact.MINOR, nov20.minusHours(1), nov20.plusHours(1), ECS),
                incident(2, Impact.MAJOR, nov20.plusDays(3).minusHours(2), nov20.plusDays(3), ECS));
        assertEquals(days(dayIndex(11, 19), DayStatus.MINOR, dayIndex(11, 20), DayStatus.MINOR,
                dayIndex(11, 22), DayStatus.MAJOR), bar.days());
    }

    @Test
    void anOpenOutageColoursEveryDaySinceItsStartUpToToday() {
        UptimeBar bar = barOf(ECS, incident(1, Impact.OUTAGE, NOW.minusDays(1).minusHours(1), null, ECS));
        assertEquals(days(dayIndex(11, 30), DayStatus.OUTAGE, dayIndex(12, 1), DayStatus.OUTAGE), bar.days());
        double elapsed = 89 * 24 * 60 + 12 * 60;
        assertEquals(100.0 * (1 - 25 * 60 / elapsed), bar.percent(), 1e-9);
    }

    @Test
    void anEventOlderThanThePeriodCountsOnlyFromItsFirstDay() {
        UptimeBar bar = barOf(ECS,
                incident(1, Impact.OUTAGE, FIRST.atStartOfDay().minusDays(5), FIRST.atStartOfDay().plusHours(6), ECS));
        assertEquals(days(0, DayStatus.OUTAGE), bar.days());
        double elapsed = 89 * 24 * 60 + 12 * 60;
        assertEquals(100.0 * (1 - 6 * 60 / elapsed), bar.percent(), 1e-9);
    }

    @Test
    void overlappingOutagesCountOnceInThePercentage() {
        LocalDateTime nov10 = LocalDateTime.of(2026, 11, 10, 8, 0);
        UptimeBar bar = barOf(ECS,
                incident(1, Impact.OUTAGE, nov10, nov10.plusHours(4), ECS),
                incident(2, Impact.OUTAGE, nov10.plusHours(2), nov10.plusHours(6), ECS));
        double elapsed = 89 * 24 * 60 + 12 * 60;
        assertEquals(100.0 * (1 - 6 * 60 / elapsed), bar.percent(), 1e-9);
    }

    @Test
    void plannedCancelledAndAnnouncementEventsColourNothing() {
        UptimeBar bar = barOf(ECS,
                maintenance(1, "planned", NOW.plusHours(2), NOW.plusHours(4)),
                maintenance(2, "cancelled", NOW.minusDays(3), NOW.minusDays(3).plusHours(2)),
                new EventSpan(3, "news", Impact.MAINTENANCE, EventType.INFO, "active", NOW.minusDays(4), null, Set.of(ECS)));
        assertEquals(days(), bar.days());
    }

    @Test
    void eachComponentGetsOnlyItsOwnEvents() {
        EventSpan obsOnly = incident(1, Impact.MAJOR, NOW.minusHours(3), NOW.minusHours(2), OBS);
        assertEquals(days(), barOf(ECS, obsOnly).days());
        assertEquals(days(89, DayStatus.MAJOR), barOf(OBS, obsOnly).days());
    }

    @Test
    void runsGroupConsecutiveDaysOfTheSameStatusWithTheirDates() {
        LocalDateTime nov30 = LocalDateTime.of(2026, 11, 30, 6, 0);
        UptimeBar bar = barOf(ECS, incident(1, Impact.MAJOR, nov30, nov30.plusHours(1), ECS));
        assertEquals(List.of(
                        new UptimeBar.Run(0, 88, FIRST, LocalDate.of(2026, 11, 29), DayStatus.OPERATIONAL),
                        new UptimeBar.Run(88, 1, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30), DayStatus.MAJOR),
                        new UptimeBar.Run(89, 1, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), DayStatus.OPERATIONAL)),
                bar.runs());
    }

    @Test
    void eventsAreListedNewestFirst() {
        RecentEvents recent = new RecentEvents(FIRST, 90, NOW, List.of(
                incident(1, Impact.MINOR, NOW.minusDays(3), NOW.minusDays(2), ECS),
                incident(2, Impact.MINOR, NOW.minusDays(1), null, ECS)));
        assertEquals(List.of(2L, 1L), recent.events().stream().map(EventSpan::id).toList());
    }
}
