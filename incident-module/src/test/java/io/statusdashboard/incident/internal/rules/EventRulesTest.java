package io.statusdashboard.incident.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventUpdate;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.NewEvent;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status and time rule of operators' changes, table-driven: the field a change is refused on, or none. */
class EventRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 12, 0);
    private static final String TITLE = "API errors in EU-DE";
    private static final String MESSAGE = "We are looking into it";

    /** An open incident that started two hours ago, its last update one hour ago. */
    private static final EventView OPEN = event(EventType.INCIDENT, Impact.MAJOR, NOW.minusHours(2), null,
            update(1, NOW.minusHours(1), "analyzing"));
    /** An incident resolved 30 minutes ago. */
    private static final EventView CLOSED = event(EventType.INCIDENT, Impact.MAJOR, NOW.minusHours(2), NOW.minusMinutes(30),
            update(1, NOW.minusHours(1), "analyzing"), update(2, NOW.minusMinutes(30), "resolved"));
    /** A maintenance planned from in an hour for two hours. */
    private static final EventView PLANNED = event(EventType.MAINTENANCE, Impact.MAINTENANCE, NOW.plusHours(1),
            NOW.plusHours(3), update(1, NOW.minusDays(1), "description"));
    /** A maintenance announced yesterday for a window from in an hour. */
    private static final EventView ANNOUNCED = event(EventType.MAINTENANCE, Impact.MAINTENANCE, NOW.plusHours(1),
            NOW.plusHours(3), update(1, NOW.minusDays(1), "planned"));
    /** A maintenance that started an hour ago and is in progress. */
    private static final EventView RUNNING = event(EventType.MAINTENANCE, Impact.MAINTENANCE, NOW.minusHours(1),
            NOW.plusHours(1), update(1, NOW.minusMinutes(50), "in progress"));

    private static UpdateView update(long id, LocalDateTime at, String status) {
        return new UpdateView(id, at, status, "text", null);
    }

    private static EventView event(EventType type, Impact impact, LocalDateTime start, LocalDateTime end,
            UpdateView... updates) {
        return new EventView(7, TITLE, null, impact, type, start, end, false, null, Set.of(1), List.of(updates), 3);
    }

    private static EventUpdate change(String status, Impact impact, LocalDateTime date) {
        return new EventUpdate(7, 3, TITLE, MESSAGE, impact, status, date, null, null);
    }

    private static EventUpdate window(LocalDateTime start, LocalDateTime end) {
        return new EventUpdate(7, 3, TITLE, MESSAGE, Impact.MAINTENANCE, "modified", null, start, end);
    }

    static Stream<Arguments> updates() {
        return Stream.of(
                Arguments.of("analyzing now", OPEN, change("analyzing", Impact.MAJOR, NOW), ""),
                Arguments.of("fixing with a date after the last update", OPEN, change("fixing", Impact.MAJOR, NOW.minusMinutes(10)), ""),
                Arguments.of("impact changed to outage", OPEN, change("impact changed", Impact.OUTAGE, NOW), ""),
                Arguments.of("observing", OPEN, change("observing", Impact.MAJOR, NOW), ""),
                Arguments.of("resolved without a date means now", OPEN, change("resolved", Impact.MAJOR, null), ""),
                Arguments.of("a date in the future", OPEN, change("fixing", Impact.MAJOR, NOW.plusMinutes(1)), "date"),
                Arguments.of("a date before the start", OPEN, change("fixing", Impact.MAJOR, NOW.minusHours(3)), "date"),
                Arguments.of("a date at the last update", OPEN, change("fixing", Impact.MAJOR, NOW.minusHours(1)), "date"),
                Arguments.of("a date before the last update", OPEN, change("fixing", Impact.MAJOR, NOW.minusMinutes(90)), "date"),
                Arguments.of("fixing without a date means now", OPEN, change("fixing", Impact.MAJOR, null), ""),
                Arguments.of("a date one second after the last update", OPEN,
                        change("fixing", Impact.MAJOR, NOW.minusHours(1).plusSeconds(1)), ""),
                Arguments.of("a closed incident's status on an open one", OPEN, change("reopened", Impact.MAJOR, NOW), "status"),
                Arguments.of("a maintenance status on an incident", OPEN, change("completed", Impact.MAJOR, NOW), "status"),
                Arguments.of("an unknown status", OPEN, change("panicking", Impact.MAJOR, NOW), "status"),
                Arguments.of("an incident with the maintenance impact", OPEN, change("fixing", Impact.MAINTENANCE, NOW), "impact"),
                Arguments.of("reopened", CLOSED, change("reopened", Impact.MAJOR, NOW), ""),
                Arguments.of("changed end", CLOSED, change("changed", Impact.MAJOR, NOW.minusMinutes(45)), ""),
                Arguments.of("changed end in the future", CLOSED, change("changed", Impact.MAJOR, NOW.plusHours(1)), "date"),
                Arguments.of("changed end before the start", CLOSED, change("changed", Impact.MAJOR, NOW.minusHours(3)), "date"),
                Arguments.of("an open incident's status on a closed one", CLOSED, change("fixing", Impact.MAJOR, NOW), "status"),
                Arguments.of("in progress once started", RUNNING, change("in progress", Impact.MAINTENANCE, NOW), "status"),
                Arguments.of("in progress, early start", PLANNED, change("in progress", Impact.MAINTENANCE, NOW.minusMinutes(5)), ""),
                Arguments.of("in progress without a date starts now", PLANNED, change("in progress", Impact.MAINTENANCE, null), ""),
                Arguments.of("in progress started more than a year ago", planned(NOW.minusYears(2)),
                        change("in progress", Impact.MAINTENANCE, NOW.minusYears(1).minusDays(1)), "date"),
                Arguments.of("in progress in the future", PLANNED, change("in progress", Impact.MAINTENANCE, NOW.plusMinutes(5)), "date"),
                Arguments.of("a maintenance with an incident impact", PLANNED, change("in progress", Impact.MINOR, NOW), "impact"),
                Arguments.of("completed after the start", RUNNING, change("completed", Impact.MAINTENANCE, null), ""),
                Arguments.of("completed before the start", PLANNED, change("completed", Impact.MAINTENANCE, null), "status"),
                Arguments.of("modified window", RUNNING, window(NOW.minusHours(2), NOW.plusHours(2)), ""),
                Arguments.of("modified with start after end", RUNNING, window(NOW.plusHours(2), NOW.minusHours(2)), "end"),
                Arguments.of("modified leaving an update outside", RUNNING, window(NOW.minusMinutes(40), NOW.plusHours(2)), "start"),
                Arguments.of("modified to start more than a year ago", ANNOUNCED,
                        window(NOW.minusYears(1).minusMinutes(1), NOW.plusHours(2)), "start"),
                Arguments.of("modified without an end", RUNNING, window(NOW.minusHours(2), null), "end"),
                Arguments.of("modified after the announcement", ANNOUNCED, window(NOW.plusHours(2), NOW.plusHours(4)), ""),
                Arguments.of("a short title", OPEN, new EventUpdate(7, 3, "Short", MESSAGE, Impact.MAJOR, "fixing", NOW, null, null), "title"),
                Arguments.of("a short message", OPEN, new EventUpdate(7, 3, TITLE, "Too short", Impact.MAJOR, "fixing", NOW, null, null), "message"),
                Arguments.of("a long message", OPEN, new EventUpdate(7, 3, TITLE, "x".repeat(201), Impact.MAJOR, "fixing", NOW, null, null), "message"));
    }

    /** A maintenance announced long ago whose window is long past: a clock that never ran. */
    private static EventView planned(LocalDateTime announced) {
        return event(EventType.MAINTENANCE, Impact.MAINTENANCE, NOW.plusHours(1), NOW.plusHours(3),
                update(1, announced, "planned"));
    }

    @Test
    void aDateNotAfterTheLatestUpdateNamesItsTime() {
        Map<String, String> problems = EventRules.checkUpdate(OPEN, change("fixing", Impact.MAJOR, NOW.minusHours(1)), NOW);
        assertEquals("The date must be after the latest update (2026-11-28 11:00:00 UTC)", problems.get("date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updates")
    void updates(String label, EventView event, EventUpdate update, String refusedField) {
        Map<String, String> problems = EventRules.checkUpdate(event, update, NOW);
        assertEquals(refusedField, problems.keySet().stream().findFirst().orElse(""), problems.toString());
    }

    static Stream<Arguments> openings() {
        return Stream.of(
                Arguments.of("an incident now", new NewEvent(TITLE, Impact.MINOR, Set.of(1), NOW, null, null), ""),
                Arguments.of("an incident in the future", new NewEvent(TITLE, Impact.MINOR, Set.of(1), NOW.plusMinutes(5), null, null), "start"),
                Arguments.of("an incident that started a year ago", new NewEvent(TITLE, Impact.MINOR, Set.of(1), NOW.minusYears(1), null, null), ""),
                Arguments.of("an incident more than a year back", new NewEvent(TITLE, Impact.MINOR, Set.of(1), NOW.minusYears(1).minusMinutes(1), null, null), "start"),
                Arguments.of("a maintenance more than a year back", new NewEvent(TITLE, Impact.MAINTENANCE, Set.of(1), NOW.minusYears(2), NOW.minusYears(2).plusHours(1), null), "start"),
                Arguments.of("no service", new NewEvent(TITLE, Impact.MINOR, Set.of(), NOW, null, null), "components"),
                Arguments.of("no title", new NewEvent("", Impact.MINOR, Set.of(1), NOW, null, null), "title"),
                Arguments.of("a title of 201 characters", new NewEvent("x".repeat(201), Impact.MINOR, Set.of(1), NOW, null, null), "title"),
                Arguments.of("no impact", new NewEvent(TITLE, null, Set.of(1), NOW, null, null), "impact"),
                Arguments.of("a maintenance in the future", new NewEvent(TITLE, Impact.MAINTENANCE, Set.of(1), NOW.plusDays(1), NOW.plusDays(1).plusHours(2), "Upgrade"), ""),
                Arguments.of("a maintenance without end", new NewEvent(TITLE, Impact.MAINTENANCE, Set.of(1), NOW.plusDays(1), null, null), "end"),
                Arguments.of("a maintenance ending at its start", new NewEvent(TITLE, Impact.MAINTENANCE, Set.of(1), NOW.plusDays(1), NOW.plusDays(1), null), "end"),
                Arguments.of("a long description", new NewEvent(TITLE, Impact.MAINTENANCE, Set.of(1), NOW.plusDays(1), NOW.plusDays(2), "x".repeat(501)), "description"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("openings")
    void openings(String label, NewEvent event, String refusedField) {
        Map<String, String> problems = EventRules.checkOpening(event, NOW);
        assertEquals(refusedField, problems.keySet().stream().findFirst().orElse(""), problems.toString());
    }
}
