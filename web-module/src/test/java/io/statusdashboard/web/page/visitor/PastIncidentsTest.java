package io.statusdashboard.web.page.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.incident.api.EventSpan;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.Impact;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PastIncidentsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 30);

    private static EventSpan event(long id, EventType type, String status, LocalDateTime start, LocalDateTime end) {
        Impact impact = type == EventType.INCIDENT ? Impact.MAJOR : Impact.MAINTENANCE;
        return new EventSpan(id, "event " + id, impact, type, status, start, end, Set.of(1));
    }

    private static List<List<Long>> ids(List<PastIncidents.Day> days) {
        return days.stream().map(day -> day.events().stream().map(EventSpan::id).toList()).toList();
    }

    @Test
    void sevenDaysNewestFirstQuietDaysIncluded() {
        List<PastIncidents.Day> days = PastIncidents.of(List.of(), NOW, 7);
        assertEquals(7, days.size());
        assertEquals(LocalDate.of(2026, 12, 2), days.get(0).date());
        assertEquals(LocalDate.of(2026, 11, 26), days.get(6).date());
        days.forEach(day -> assertEquals(List.of(), day.events()));
    }

    @Test
    void eachEventIsListedOnceOnTheDayItStartedNewestFirst() {
        LocalDateTime today = NOW.toLocalDate().atStartOfDay();
        List<EventSpan> events = List.of(
                event(1, EventType.INCIDENT, "resolved", today.minusDays(1).plusHours(23), today.plusHours(1)),
                event(2, EventType.INCIDENT, null, today.plusHours(8), null),
                event(3, EventType.INCIDENT, "resolved", today.minusDays(1).plusHours(2), today.minusDays(1).plusHours(3)),
                event(4, EventType.MAINTENANCE, "completed", today.minusDays(6), today.minusDays(6).plusHours(2)),
                event(5, EventType.INCIDENT, "resolved", today.minusDays(7).plusHours(23), today.minusDays(6)));
        assertEquals(List.of(List.of(2L), List.of(1L, 3L), List.of(), List.of(), List.of(), List.of(), List.of(4L)),
                ids(PastIncidents.of(events, NOW, 7)), "event 5 started before the week");
    }

    @Test
    void plannedCancelledAndAnnouncementEventsAreNoIncidents() {
        List<EventSpan> events = List.of(
                event(1, EventType.MAINTENANCE, "planned", NOW.plusHours(2), NOW.plusHours(3)),
                event(2, EventType.MAINTENANCE, "cancelled", NOW.minusHours(3), NOW.minusHours(2)),
                event(3, EventType.INFO, "active", NOW.minusHours(3), null));
        ids(PastIncidents.of(events, NOW, 7)).forEach(day -> assertEquals(List.of(), day));
    }
}
