package io.statusdashboard.web.page.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);

    private static EventView event(long id, EventType type, Impact impact) {
        return new EventView(id, "event " + id, null, impact, type, NOW.minusHours(1), null, false, null, Set.of(1),
                List.of(), 0);
    }

    private static final EventView MINOR = event(1, EventType.INCIDENT, Impact.MINOR);
    private static final EventView MAJOR = event(2, EventType.INCIDENT, Impact.MAJOR);
    private static final EventView OUTAGE = event(3, EventType.INCIDENT, Impact.OUTAGE);
    private static final EventView WORKS = event(4, EventType.MAINTENANCE, Impact.MAINTENANCE);

    @Test
    void nothingOpenIsAllOperational() {
        assertEquals(Verdict.OPERATIONAL, Verdict.of(List.of(), List.of()));
        assertEquals("All systems operational", Verdict.OPERATIONAL.getWords());
    }

    @Test
    void theWorstOpenIncidentDecides() {
        assertEquals(Verdict.MINOR_ISSUES, Verdict.of(List.of(MINOR), List.of()));
        assertEquals(Verdict.PARTIAL_OUTAGE, Verdict.of(List.of(MINOR, MAJOR), List.of()));
        assertEquals(Verdict.MAJOR_OUTAGE, Verdict.of(List.of(MAJOR, OUTAGE, MINOR), List.of(WORKS)));
        assertEquals(Verdict.MINOR_ISSUES, Verdict.of(List.of(event(5, EventType.INCIDENT, Impact.MAINTENANCE)), List.of()),
                "an incident stored with impact 0 is still an incident");
    }

    @Test
    void aMaintenanceShowsOnlyWhenNoIncidentIsOpen() {
        assertEquals(Verdict.MAINTENANCE, Verdict.of(List.of(), List.of(WORKS)));
        assertEquals(Verdict.MINOR_ISSUES, Verdict.of(List.of(MINOR), List.of(WORKS)));
    }

    @Test
    void announcementsChangeNothing() {
        EventView news = event(6, EventType.INFO, Impact.MAINTENANCE);
        assertEquals(Verdict.OPERATIONAL, Verdict.of(List.of(news), List.of(news)));
    }

    @Test
    void eachVerdictHasItsWordsIconAndColourClass() {
        assertEquals("Partial outage", Verdict.PARTIAL_OUTAGE.getWords());
        assertEquals("Major outage", Verdict.MAJOR_OUTAGE.getWords());
        assertEquals("Minor issues", Verdict.MINOR_ISSUES.getWords());
        assertEquals("Maintenance in progress", Verdict.MAINTENANCE.getWords());
        assertEquals("verdict-partial-outage", Verdict.PARTIAL_OUTAGE.getCssClass());
        assertEquals("bi-x-circle-fill", Verdict.MAJOR_OUTAGE.getIcon());
    }
}
