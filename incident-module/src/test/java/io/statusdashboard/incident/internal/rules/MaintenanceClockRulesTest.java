package io.statusdashboard.incident.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The maintenance clock's rules at a fixed moment, table-driven: the stored status and the timeline
 * entries a pass writes for each kind of event, and that a second pass at the same moment writes
 * nothing.
 */
class MaintenanceClockRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 12, 0);
    /** A window from 10:00 to 14:00 today, one ahead (tomorrow) and one behind (yesterday). */
    private static final LocalDateTime START = NOW.minusHours(2);
    private static final LocalDateTime END = NOW.plusHours(2);
    private static final LocalDateTime LATER_START = NOW.plusDays(1);
    private static final LocalDateTime LATER_END = NOW.plusDays(1).plusHours(4);
    private static final LocalDateTime EARLIER_START = NOW.minusDays(1);
    private static final LocalDateTime EARLIER_END = NOW.minusDays(1).plusHours(4);
    private static final LocalDateTime ANNOUNCED = NOW.minusDays(3);

    private static long nextUpdateId = 1;

    private static UpdateView entry(LocalDateTime at, String status) {
        return new UpdateView(nextUpdateId++, at, status, "text", null);
    }

    private static EventView event(EventType type, String status, LocalDateTime start, LocalDateTime end,
            UpdateView... updates) {
        Impact impact = type == EventType.INCIDENT ? Impact.MAJOR : Impact.MAINTENANCE;
        return new EventView(5, "Storage firmware upgrade", null, impact, type, start, end, false, status, Set.of(1),
                List.of(updates), 2);
    }

    private static EventView maintenance(String status, LocalDateTime start, LocalDateTime end, UpdateView... updates) {
        return event(EventType.MAINTENANCE, status, start, end, updates);
    }

    private static EventView info(String status, LocalDateTime start, LocalDateTime end, UpdateView... updates) {
        return event(EventType.INFO, status, start, end, updates);
    }

    /** "status" for a new stored status, "" for none; entries as "status@time". */
    private static Arguments rule(String label, EventView event, String status, String... entries) {
        return Arguments.of(label, event, status, List.of(entries));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("pending review, window ahead: waits for an operator",
                        maintenance("pending review", LATER_START, LATER_END, entry(ANNOUNCED, "pending review")), ""),
                rule("pending review, window open: still waits, never published by the clock",
                        maintenance("pending review", START, END, entry(ANNOUNCED, "pending review")), ""),
                rule("reviewed, window ahead: planned, stamped now",
                        maintenance("reviewed", LATER_START, LATER_END, entry(ANNOUNCED, "pending review"),
                                entry(ANNOUNCED.plusHours(1), "reviewed")),
                        "planned", "planned@" + NOW),
                rule("reviewed so late that the window opened: planned at the start, then in progress",
                        maintenance("reviewed", START, END, entry(ANNOUNCED, "pending review"),
                                entry(ANNOUNCED.plusHours(1), "reviewed")),
                        "in progress", "planned@" + START, "in progress@" + START),
                rule("planned, window ahead: nothing yet",
                        maintenance("planned", LATER_START, LATER_END, entry(ANNOUNCED, "planned")), ""),
                rule("planned, window open: in progress, stamped at the start",
                        maintenance("planned", START, END, entry(ANNOUNCED, "planned")),
                        "in progress", "in progress@" + START),
                rule("planned, window passed while no pass ran: both edges, stamped at start and end",
                        maintenance("planned", EARLIER_START, EARLIER_END, entry(ANNOUNCED, "planned")),
                        "completed", "in progress@" + EARLIER_START, "completed@" + EARLIER_END),
                rule("window opening right now",
                        maintenance("planned", NOW, END, entry(ANNOUNCED, "planned")),
                        "in progress", "in progress@" + NOW),
                rule("window closing right now",
                        maintenance("in progress", START, NOW, entry(START, "in progress")),
                        "completed", "completed@" + NOW),
                rule("in progress, window open: nothing",
                        maintenance("in progress", START, END, entry(ANNOUNCED, "planned"), entry(START, "in progress")), ""),
                rule("in progress without its entry (a v3 row): kept, nothing added",
                        maintenance("in progress", START, END), ""),
                rule("in progress, window closed: completed, stamped at the end",
                        maintenance("in progress", EARLIER_START, EARLIER_END, entry(EARLIER_START, "in progress")),
                        "completed", "completed@" + EARLIER_END),
                rule("an operator's early start stays",
                        maintenance("in progress", NOW.minusMinutes(5), END, entry(NOW.minusMinutes(5), "in progress")), ""),
                rule("cancelled before the window: stays cancelled",
                        maintenance("cancelled", START, END, entry(ANNOUNCED, "planned"), entry(ANNOUNCED, "cancelled")), ""),
                rule("cancelled after the window: stays cancelled",
                        maintenance("cancelled", EARLIER_START, EARLIER_END, entry(ANNOUNCED, "cancelled")), ""),
                rule("completed early by an operator: stays completed",
                        maintenance("completed", START, END, entry(START, "in progress"), entry(NOW.minusMinutes(1), "completed")), ""),
                rule("modified inside the open window: the operator's word until the end",
                        maintenance("modified", START, END, entry(ANNOUNCED, "planned"), entry(NOW.minusHours(1), "modified")), ""),
                rule("modified while in progress: kept",
                        maintenance("modified", START, END, entry(START, "in progress"), entry(NOW.minusHours(1), "modified")), ""),
                rule("modified before the window opened: moves on like planned",
                        maintenance("modified", START, END, entry(ANNOUNCED, "planned"), entry(ANNOUNCED.plusHours(1), "modified")),
                        "in progress", "in progress@" + START),
                rule("modified, window ahead: kept",
                        maintenance("modified", LATER_START, LATER_END, entry(NOW.minusHours(1), "modified")), ""),
                rule("modified, window closed: completed, with the in-progress entry it never got",
                        maintenance("modified", EARLIER_START, EARLIER_END, entry(EARLIER_START.plusHours(1), "modified")),
                        "completed", "in progress@" + EARLIER_START, "completed@" + EARLIER_END),
                rule("modified and in progress, window closed: completed",
                        maintenance("modified", EARLIER_START, EARLIER_END, entry(EARLIER_START, "in progress"),
                                entry(EARLIER_START.plusHours(1), "modified")),
                        "completed", "completed@" + EARLIER_END),
                rule("planned again during the window, after the work started: in progress again, no second entry",
                        maintenance("planned", START, END, entry(START, "in progress"), entry(NOW.minusHours(1), "planned")),
                        "in progress"),
                rule("the Flask dashboard's upcoming maintenance: planned, nothing added to its timeline",
                        maintenance(null, LATER_START, LATER_END, entry(ANNOUNCED, "description")), "planned"),
                rule("the Flask dashboard's running maintenance: in progress",
                        maintenance(null, START, END, entry(ANNOUNCED, "description")),
                        "in progress", "in progress@" + START),
                rule("the Flask dashboard's maintenance its operator started: status from the timeline",
                        maintenance(null, START, END, entry(START.plusMinutes(3), "in progress")), "in progress"),
                rule("the Flask dashboard's past maintenance: history, left as it is",
                        maintenance(null, EARLIER_START, EARLIER_END, entry(ANNOUNCED, "description")), ""),
                rule("the Flask dashboard's past maintenance its operator started: still history",
                        maintenance(null, EARLIER_START, EARLIER_END, entry(EARLIER_START, "in progress")), ""),
                rule("an endless maintenance (monitoring's impact 0 in the Flask dashboard): in progress for ever",
                        maintenance(null, EARLIER_START, null), "in progress", "in progress@" + EARLIER_START),
                rule("a separation's SYSTEM note as stored status: the timeline tells where it is",
                        maintenance("SYSTEM", LATER_START, LATER_END, entry(ANNOUNCED, "planned"), entry(NOW.minusHours(1), "SYSTEM")),
                        "planned"),
                rule("a status the clock does not own is left alone",
                        maintenance("pending review", START, END), ""),
                rule("an incident is not the clock's",
                        event(EventType.INCIDENT, "analyzing", START, null, entry(START, "analyzing")), ""),
                rule("announcement ahead: nothing",
                        info("planned", LATER_START, LATER_END, entry(ANNOUNCED, "planned")), ""),
                rule("announcement started: its active entry, status kept",
                        info("planned", START, END, entry(ANNOUNCED, "planned")), "", "active@" + START),
                rule("announcement without an end, started: active",
                        info("planned", START, null, entry(ANNOUNCED, "planned")), "", "active@" + START),
                rule("announcement ended while no pass ran: active and completed",
                        info("planned", EARLIER_START, EARLIER_END, entry(ANNOUNCED, "planned")), "",
                        "active@" + EARLIER_START, "completed@" + EARLIER_END),
                rule("announcement active, ended: completed",
                        info("planned", EARLIER_START, EARLIER_END, entry(ANNOUNCED, "planned"), entry(EARLIER_START, "active")), "",
                        "completed@" + EARLIER_END),
                rule("announcement with both entries: nothing",
                        info("planned", EARLIER_START, EARLIER_END, entry(EARLIER_START, "active"), entry(EARLIER_END, "completed")), ""),
                rule("announcement cancelled: nothing",
                        info("cancelled", START, END, entry(ANNOUNCED, "planned"), entry(ANNOUNCED, "cancelled")), ""),
                rule("announcement without a status (not made through an API): nothing",
                        info(null, START, END), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void rules(String label, EventView event, String status, List<String> entries) {
        Optional<MaintenanceClockRules.Change> change = MaintenanceClockRules.changeOf(event, NOW);
        assertEquals(status, change.map(MaintenanceClockRules.Change::status).orElse(""), "stored status");
        assertEquals(entries, change.map(MaintenanceClockRules.Change::entries).orElse(List.of()).stream()
                .map(entry -> entry.status() + "@" + entry.at()).toList(), "timeline entries");
        assertEquals(status.isEmpty() && entries.isEmpty(), change.isEmpty(), "a change only when there is one");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void aSecondPassAtTheSameMomentWritesNothing(String label, EventView event, String status, List<String> entries) {
        EventView after = MaintenanceClockRules.changeOf(event, NOW).map(change -> applied(event, change)).orElse(event);
        assertEquals(Optional.empty(), MaintenanceClockRules.changeOf(after, NOW));
    }

    @Test
    void aMaintenanceMovesThroughItsWholeLifeOnceAndEndsCompleted() {
        EventView event = maintenance("planned", START, END, entry(ANNOUNCED, "planned"));
        List<String> written = new ArrayList<>();
        for (LocalDateTime moment = ANNOUNCED; moment.isBefore(END.plusDays(1)); moment = moment.plusMinutes(30)) {
            Optional<MaintenanceClockRules.Change> change = MaintenanceClockRules.changeOf(event, moment);
            if (change.isPresent()) {
                change.get().entries().forEach(entry -> written.add(entry.status()));
                event = applied(event, change.get());
            }
        }
        assertEquals(List.of("in progress", "completed"), written);
        assertEquals("completed", event.status());
        assertTrue(event.isEndedByStatus());
    }

    @Test
    void anApprovedRequestIsPlannedOnceThenRunsItsWindow() {
        EventView event = maintenance("reviewed", START, END, entry(ANNOUNCED, "pending review"),
                entry(ANNOUNCED.plusMinutes(5), "reviewed"));
        List<String> written = new ArrayList<>();
        for (LocalDateTime moment = ANNOUNCED.plusMinutes(10); moment.isBefore(END.plusDays(1));
                moment = moment.plusMinutes(30)) {
            Optional<MaintenanceClockRules.Change> change = MaintenanceClockRules.changeOf(event, moment);
            if (change.isPresent()) {
                change.get().entries().forEach(entry -> written.add(entry.status()));
                event = applied(event, change.get());
            }
        }
        assertEquals(List.of("planned", "in progress", "completed"), written);
        assertEquals("completed", event.status());
    }

    /** The event as the pass leaves it: the new status and the entries appended. */
    private static EventView applied(EventView event, MaintenanceClockRules.Change change) {
        List<UpdateView> updates = new ArrayList<>(event.updates());
        change.entries().forEach(entry -> updates.add(new UpdateView(nextUpdateId++, entry.at(), entry.status(),
                entry.text(), null)));
        return new EventView(event.id(), event.title(), event.description(), event.impact(), event.type(),
                event.start(), event.end(), event.system(), change.status() == null ? event.status() : change.status(),
                event.componentIds(), updates, event.version() + 1);
    }
}
