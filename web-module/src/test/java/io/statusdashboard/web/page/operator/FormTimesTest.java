package io.statusdashboard.web.page.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Times and zones as operators enter them, and where the update form starts. */
class FormTimesTest {

    @Test
    void timesHaveSecondsAndAreReadInTheirZone() {
        Map<String, String> problems = new HashMap<>();
        assertEquals(LocalDateTime.of(2026, 12, 2, 9, 30, 15),
                FormTimes.toUtc("2026-12-02T10:30:15", ZoneId.of("Europe/Berlin"), "date", problems));
        assertEquals(LocalDateTime.of(2026, 12, 2, 10, 30),
                FormTimes.toUtc("2026-12-02T10:30", ZoneOffset.UTC, "date", problems), "seconds may be left out");
        assertEquals("2026-12-02T11:30:15", FormTimes.fromUtc(LocalDateTime.of(2026, 12, 2, 10, 30, 15), ZoneId.of("Europe/Paris")));
        assertEquals(Map.of(), problems);
        assertNull(FormTimes.toUtc("yesterday", ZoneOffset.UTC, "start", problems));
        assertEquals(FormTimes.BAD_TIME, problems.get("start"));
    }

    @Test
    void aRequestedWindowWithAnUnknownZoneIsRefusedBesideTheZoneAloneNotReadAsUtc() {
        Map<String, String> problems = new HashMap<>();
        FormTimes.Window window = FormTimes.window("2026-12-24T10:00:00", "2026-12-24T12:00:00", "Europe/Nowhere", problems);
        assertEquals(new FormTimes.Window(null, null), window, "nothing read in a zone that is not there");
        assertEquals(Map.of("zone", FormTimes.unknownZone("Europe/Nowhere")), problems,
                "the times were given: only the zone is wrong");
    }

    @Test
    void aRequestedWindowIsReadInItsZoneAndABlankTimeIsAskedFor() {
        Map<String, String> problems = new HashMap<>();
        assertEquals(new FormTimes.Window(LocalDateTime.of(2026, 12, 24, 9, 0), LocalDateTime.of(2026, 12, 24, 11, 0)),
                FormTimes.window("2026-12-24T10:00:00", "2026-12-24T12:00", "Europe/Berlin", problems));
        assertEquals(Map.of(), problems);
        FormTimes.window(" ", "someday", "UTC", problems);
        assertEquals(Map.of("start", FormTimes.GIVE_START, "end", FormTimes.BAD_TIME), problems);
    }

    @Test
    void anUnknownZoneIsNoZoneNotUtc() {
        assertEquals(Optional.empty(), FormTimes.zone("Mars/Olympus"));
        assertEquals(Optional.of(ZoneOffset.UTC), FormTimes.zone(""));
        assertEquals(Optional.of(ZoneId.of("Asia/Tokyo")), FormTimes.zone(" Asia/Tokyo "));
        assertEquals("There is no time zone \u201cMars/Olympus\u201d: choose one from the list, such as Europe/Berlin or UTC",
                FormTimes.unknownZone("Mars/Olympus"));
        assertEquals("UTC", FormTimes.zones().get(0));
    }

    @Test
    void theUpdateFormStartsFromTheEventsStatus() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 2, 10, 0);
        List<String> open = List.of("analyzing", "fixing", "impact changed", "observing", "resolved");
        assertEquals("fixing", UpdateEventForm.currentStatus(event("fixing", at, "analyzing"), open), "the stored status");
        assertEquals("observing", UpdateEventForm.currentStatus(event(null, at, "observing"), open), "v1: the latest entry's");
        assertEquals("fixing", UpdateEventForm.currentStatus(new EventView(1, "Network degradation", null, Impact.MINOR,
                EventType.INCIDENT, at.minusHours(1), null, false, "SYSTEM", Set.of(1), List.of(
                        new UpdateView(1, at.minusMinutes(5), "fixing", "A fix is out", null),
                        new UpdateView(2, at, "SYSTEM", "X moved to <a href='/incidents/2'>Y</a>", null)), 3), open),
                "a move's note comes between");
        assertEquals("analyzing", UpdateEventForm.currentStatus(event(null, at, "SYSTEM"), open), "else the first choice");
        assertEquals("Auto Scaling (EU-NL)", ServicePicker.label(new ComponentView(3, "Auto Scaling",
                Map.of("region", "EU-NL", "category", "Compute"))), "separate buttons name the region");
    }

    private static EventView event(String status, LocalDateTime at, String latest) {
        return new EventView(1, "Network degradation", null, Impact.MINOR, EventType.INCIDENT, at.minusHours(1), null,
                false, status, Set.of(1, 2), List.of(new UpdateView(1, at, latest, "text", null)), 1);
    }
}
