package io.statusdashboard.web.api.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaintenanceCalendarTest {

    private static final String ROOT = "https://status.example.test";
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);

    @Test
    void aPlannedWindowIsAConfirmedEventInUtcWithAStableUid() {
        EventView planned = maintenance(7, "planned", NOW.plusDays(1), List.of(
                new UpdateView(70, NOW.minusHours(2), "planned", "Maintenance is planned.", null)), 2);
        String text = MaintenanceCalendar.of("EU-DE", ROOT, List.of(planned), NOW);
        assertTrue(text.contains("DTSTART:20261203T120000Z"), text);
        assertTrue(text.contains("DTEND:20261203T140000Z"), text);
        ICalendar calendar = Biweekly.parse(text).first();
        assertTrue(calendar.validate(ICalVersion.V2_0).isEmpty(), calendar.validate(ICalVersion.V2_0).toString());
        assertEquals("PUBLISH", calendar.getMethod().getValue());
        VEvent window = calendar.getEvents().get(0);
        assertEquals("maintenance-7@status.example.test", window.getUid().getValue());
        assertEquals("CONFIRMED", window.getStatus().getValue());
        assertEquals(date(NOW.plusDays(1)), window.getDateStart().getValue());
        assertEquals(date(NOW.plusDays(1).plusHours(2)), window.getDateEnd().getValue());
        assertEquals(date(NOW.minusHours(2)), window.getDateTimeStamp().getValue(), "its last change");
        assertEquals(3, window.getSequence().getValue());
        assertEquals("Network <works>", window.getSummary().getValue());
        assertEquals(ROOT + "/incidents/7", window.getUrl().getValue());
        assertTrue(window.getDescription().getValue().contains("Routers & switches"));
    }

    @Test
    void aCancelledWindowKeepsItsUidAndSaysCancelledWithAHigherSequence() {
        List<UpdateView> planned = List.of(new UpdateView(70, NOW.minusHours(2), "planned", "planned", null));
        VEvent before = only(MaintenanceCalendar.of("EU-DE", ROOT,
                List.of(maintenance(7, "planned", NOW.plusDays(1), planned, 2)), NOW));
        VEvent after = only(MaintenanceCalendar.of("EU-DE", ROOT, List.of(maintenance(7, "cancelled", NOW.plusDays(1),
                List.of(planned.get(0), new UpdateView(71, NOW.minusHours(1), "cancelled", "Not needed", null)), 3)),
                NOW));
        assertEquals(before.getUid().getValue(), after.getUid().getValue());
        assertEquals("CANCELLED", after.getStatus().getValue());
        assertTrue(after.getSequence().getValue() > before.getSequence().getValue());
    }

    @Test
    void runningAndRecentWindowsStayAndOldOnesAndIncidentsAreLeftOut() {
        EventView running = maintenance(1, "in progress", NOW.minusHours(1), List.of(), 1);
        EventView recent = maintenance(2, "completed", NOW.minusDays(MaintenanceCalendar.KEPT_AFTER_END_DAYS - 1),
                List.of(), 1);
        EventView old = maintenance(3, "completed", NOW.minusDays(MaintenanceCalendar.KEPT_AFTER_END_DAYS + 1),
                List.of(), 1);
        EventView incident = new EventView(4, "Outage", null, Impact.OUTAGE, EventType.INCIDENT, NOW.minusHours(1),
                null, false, "analyzing", Set.of(1), List.of(), 1);
        ICalendar calendar = Biweekly.parse(MaintenanceCalendar.of("EU-DE", ROOT, List.of(running, recent, old,
                incident), NOW)).first();
        assertEquals(List.of("maintenance-1@status.example.test", "maintenance-2@status.example.test"),
                calendar.getEvents().stream().map(event -> event.getUid().getValue()).toList());
    }

    private static VEvent only(String text) {
        List<VEvent> events = Biweekly.parse(text).first().getEvents();
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static EventView maintenance(long id, String status, LocalDateTime start, List<UpdateView> updates,
            int version) {
        return new EventView(id, "Network <works>", "Routers & switches", Impact.MAINTENANCE, EventType.MAINTENANCE,
                start, start.plusHours(2), false, status, Set.of(1), updates, version);
    }

    private static Date date(LocalDateTime utc) {
        return Date.from(utc.toInstant(ZoneOffset.UTC));
    }
}
