package io.statusdashboard.incident.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.ApiEventDraft;
import io.statusdashboard.incident.api.ApiEventPatch;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** API v2's write rules, table-driven: v3's text for the first rule a write breaks, or none. */
class ApiEventRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);
    private static final String LONG = "x".repeat(501);

    private static final EventView OPEN = event(EventType.INCIDENT, Impact.MAJOR, NOW.minusHours(2), null, 1, 2);
    private static final EventView CLOSED = event(EventType.INCIDENT, Impact.MAJOR, NOW.minusHours(2), NOW.minusHours(1), 1);
    private static final EventView MAINTENANCE = event(EventType.MAINTENANCE, Impact.MAINTENANCE, NOW.plusHours(1),
            NOW.plusHours(3), 1);
    private static final EventView INFO = event(EventType.INFO, Impact.MAINTENANCE, NOW.minusHours(1), null, 1);

    private static EventView event(EventType type, Impact impact, LocalDateTime start, LocalDateTime end,
            Integer... components) {
        List<UpdateView> updates = List.of(new UpdateView(5, start, "description", "v1 description row", null),
                new UpdateView(9, start, "detected", "first", null), new UpdateView(12, start, "SYSTEM", "note", null));
        return new EventView(7, "Title", "Description", impact, type, start, end, false, "detected",
                Set.of(components), updates, 0);
    }

    private static ApiEventDraft draft(EventType type, int impact, LocalDateTime start, LocalDateTime end) {
        return new ApiEventDraft("Title", null, impact, type, List.of(1), start, end, false, false);
    }

    private static ApiEventPatch patch(String status, Integer impact) {
        return new ApiEventPatch("message", status, NOW, null, null, impact, null, null, null);
    }

    private static ApiEventPatch dates(String status, LocalDateTime start, LocalDateTime end) {
        return new ApiEventPatch("message", status, NOW, null, null, null, start, end, null);
    }

    static Stream<Arguments> creations() {
        ApiEventDraft incident = draft(EventType.INCIDENT, 2, NOW.minusMinutes(5), null);
        return Stream.of(
                Arguments.of("an incident", incident, null),
                Arguments.of("a maintenance in the future", draft(EventType.MAINTENANCE, 0, NOW.plusDays(1),
                        NOW.plusDays(2)), null),
                Arguments.of("an info without end", draft(EventType.INFO, 0, NOW.minusDays(1), null), null),
                Arguments.of("an incident of impact 0", draft(EventType.INCIDENT, 0, NOW, null),
                        ApiEventRules.TYPE_IMPACT_MISMATCH),
                Arguments.of("a maintenance of impact 1", draft(EventType.MAINTENANCE, 1, NOW, NOW.plusHours(1)),
                        ApiEventRules.TYPE_IMPACT_MISMATCH),
                Arguments.of("an info of impact 3", draft(EventType.INFO, 3, NOW, null), ApiEventRules.TYPE_IMPACT_MISMATCH),
                Arguments.of("an incident with an end", draft(EventType.INCIDENT, 1, NOW.minusHours(1), NOW),
                        ApiEventRules.INCIDENT_END_GIVEN),
                Arguments.of("an incident in the future", draft(EventType.INCIDENT, 1, NOW.plusSeconds(1), null),
                        ApiEventRules.INCIDENT_START_IN_FUTURE),
                Arguments.of("a maintenance without end", draft(EventType.MAINTENANCE, 0, NOW, null),
                        ApiEventRules.MAINTENANCE_END_MISSING),
                Arguments.of("timeline entries", new ApiEventDraft("Title", null, 1, EventType.INCIDENT, List.of(1),
                        NOW, null, false, true), ApiEventRules.UPDATES_GIVEN),
                Arguments.of("a system maintenance", new ApiEventDraft("Title", null, 0, EventType.MAINTENANCE,
                        List.of(1), NOW, NOW.plusHours(1), true, false), ApiEventRules.SYSTEM_NOT_INCIDENT),
                Arguments.of("a description over 500 characters", new ApiEventDraft("Title", LONG, 1, EventType.INCIDENT,
                        List.of(1), NOW, null, false, false), ApiEventRules.DESCRIPTION_TOO_LONG),
                Arguments.of("impact checked before dates", draft(EventType.INCIDENT, 0, NOW.plusDays(1), NOW.plusDays(2)),
                        ApiEventRules.TYPE_IMPACT_MISMATCH),
                Arguments.of("dates checked before timeline entries", new ApiEventDraft("Title", null, 1,
                        EventType.INCIDENT, List.of(1), NOW, NOW, false, true), ApiEventRules.INCIDENT_END_GIVEN));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("creations")
    void creationIsRefusedWithV3sTextInV3sOrder(String name, ApiEventDraft draft, String expected) {
        assertEquals(Optional.ofNullable(expected), ApiEventRules.checkCreation(draft, NOW));
    }

    static Stream<Arguments> patches() {
        return Stream.of(
                Arguments.of("analysing an open incident", OPEN, patch("analysing", null), null),
                Arguments.of("an impact change said so", OPEN, patch("impact changed", 3), null),
                Arguments.of("the same impact with any status", OPEN, patch("fixing", 2), null),
                Arguments.of("resolving", OPEN, patch("resolved", null), null),
                Arguments.of("an incident's status on a maintenance", MAINTENANCE, patch("analysing", null),
                        ApiEventRules.WRONG_MAINTENANCE_STATUS),
                Arguments.of("active on a maintenance", MAINTENANCE, patch("active", null),
                        ApiEventRules.WRONG_MAINTENANCE_STATUS),
                Arguments.of("any maintenance status, no transitions", MAINTENANCE, patch("completed", null), null),
                Arguments.of("cancelling a maintenance", MAINTENANCE, patch("cancelled", null), null),
                Arguments.of("active on an info", INFO, patch("active", null), null),
                Arguments.of("in progress on an info", INFO, patch("in progress", null), ApiEventRules.WRONG_INFO_STATUS),
                Arguments.of("planned on an incident", OPEN, patch("planned", null), ApiEventRules.WRONG_INCIDENT_STATUS),
                Arguments.of("v1's spelling on an incident", OPEN, patch("analyzing", null),
                        ApiEventRules.WRONG_INCIDENT_STATUS),
                Arguments.of("impact 1 on a maintenance", MAINTENANCE, patch("modified", 1),
                        ApiEventRules.TYPE_IMPACT_MISMATCH),
                Arguments.of("impact 0 on an incident", OPEN, patch("impact changed", 0), ApiEventRules.TYPE_IMPACT_MISMATCH),
                Arguments.of("an incident turned maintenance", OPEN, new ApiEventPatch("m", "analysing", NOW, null, null,
                        null, null, null, EventType.MAINTENANCE), ApiEventRules.TYPE_IMPACT_MISMATCH),
                Arguments.of("analysing a closed incident", CLOSED, patch("analysing", null),
                        ApiEventRules.WRONG_CLOSED_STATUS),
                Arguments.of("reopening", CLOSED, patch("reopened", null), null),
                Arguments.of("new dates of a closed incident", CLOSED, dates("changed", NOW.minusHours(3), NOW), null),
                Arguments.of("dates with reopened", CLOSED, dates("reopened", null, NOW), ApiEventRules.WRONG_CLOSED_STATUS),
                Arguments.of("an impact change not said", OPEN, patch("fixing", 1), ApiEventRules.WRONG_IMPACT_STATUS),
                Arguments.of("impact to 0 by a type change", OPEN, new ApiEventPatch("m", "impact changed", NOW, null,
                        null, 0, null, null, EventType.MAINTENANCE), ApiEventRules.IMPACT_TO_ZERO),
                Arguments.of("impact 4", OPEN, patch("impact changed", 4), ApiEventRules.IMPACT_OUT_OF_RANGE),
                Arguments.of("impact -1", OPEN, patch("impact changed", -1), ApiEventRules.IMPACT_OUT_OF_RANGE),
                Arguments.of("impact 9 on a closed incident", CLOSED, patch("reopened", 9),
                        ApiEventRules.IMPACT_OUT_OF_RANGE),
                Arguments.of("a start for an open incident", OPEN, dates("analysing", NOW.minusHours(5), null),
                        ApiEventRules.OPEN_START_CHANGED),
                Arguments.of("an end for an open incident", OPEN, dates("analysing", null, NOW), null),
                Arguments.of("a long description", OPEN, new ApiEventPatch("m", "fixing", NOW, null, LONG, null, null,
                        null, null), ApiEventRules.DESCRIPTION_TOO_LONG));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("patches")
    void patchesFollowV3sStatusSetsAndIncidentRules(String name, EventView stored, ApiEventPatch patch, String expected) {
        assertEquals(Optional.ofNullable(expected), ApiEventRules.checkPatch(stored, patch));
    }

    @Test
    void anOpenIncidentKeepsItsDatesUntilResolvedAtTheUpdatesTime() {
        ApiEventRules.PatchedFields ignored = ApiEventRules.patched(OPEN, dates("analysing", null, NOW));
        assertNull(ignored.end(), "an end sent to an open incident is ignored");
        ApiEventRules.PatchedFields resolved = ApiEventRules.patched(OPEN,
                new ApiEventPatch("Fixed", "resolved", NOW.minusMinutes(3), "New title", "", 3, null, null, null));
        assertEquals(NOW.minusMinutes(3), resolved.end());
        assertEquals("New title", resolved.title());
        assertEquals("", resolved.description());
        assertEquals(Impact.OUTAGE, resolved.impact());
        assertEquals("resolved", resolved.status());
        assertEquals(OPEN.start(), resolved.start());
    }

    @Test
    void closedIncidentsAndMaintenancesTakeNewDatesAndReopeningClearsTheEnd() {
        ApiEventRules.PatchedFields changed = ApiEventRules.patched(CLOSED, dates("changed", NOW.minusHours(4),
                NOW.minusMinutes(1)));
        assertEquals(NOW.minusHours(4), changed.start());
        assertEquals(NOW.minusMinutes(1), changed.end());
        assertNull(ApiEventRules.patched(CLOSED, patch("reopened", null)).end());
        ApiEventRules.PatchedFields moved = ApiEventRules.patched(MAINTENANCE, dates("modified", NOW.plusDays(1), null));
        assertEquals(NOW.plusDays(1), moved.start());
        assertEquals(MAINTENANCE.end(), moved.end(), "a date not sent stays");
        ApiEventRules.PatchedFields completed = ApiEventRules.patched(MAINTENANCE, patch("completed", null));
        assertEquals(MAINTENANCE.end(), completed.end(), "completed leaves the end alone");
        assertEquals(EventType.MAINTENANCE, completed.type());
        assertEquals("Title", completed.title());
        assertEquals("Description", completed.description());
    }

    @Test
    void extractTakesSomeOfTheEventsComponentsNeverAll() {
        assertEquals(Optional.empty(), ApiEventRules.checkExtract(OPEN, List.of(2)));
        assertEquals(Optional.of("component 3 is not in the incident"), ApiEventRules.checkExtract(OPEN, List.of(2, 3)));
        assertEquals(Optional.of(ApiEventRules.EXTRACT_ALL), ApiEventRules.checkExtract(OPEN, List.of(1, 2)));
        assertEquals(Optional.of(ApiEventRules.EXTRACT_ALL), ApiEventRules.checkExtract(CLOSED, List.of(1)));
        assertEquals(Optional.empty(), ApiEventRules.checkExtract(OPEN, List.of(2, 2)), "a repeated id moves once");
    }

    @Test
    void updatesAreNumberedByTheirPlaceInTheTimelineAsWritten() {
        assertEquals(9, ApiEventRules.updateAt(OPEN, 0).orElseThrow().id(), "the v1 description row is no update");
        assertEquals(12, ApiEventRules.updateAt(OPEN, 1).orElseThrow().id());
        assertTrue(ApiEventRules.updateAt(OPEN, 2).isEmpty());
        assertTrue(ApiEventRules.updateAt(OPEN, -1).isEmpty());
    }

    @Test
    void everyNewEventStartsItsTimelineAsV3DoesNeverBeforeItsStart() {
        assertEquals(new ApiEventRules.Entry("detected", "The incident is detected."),
                ApiEventRules.firstEntry(EventType.INCIDENT));
        assertEquals(new ApiEventRules.Entry("planned", "Maintenance is planned."),
                ApiEventRules.firstEntry(EventType.MAINTENANCE));
        assertEquals(new ApiEventRules.Entry("planned", "The informational notification is planned."),
                ApiEventRules.firstEntry(EventType.INFO));
        assertEquals(NOW.minusHours(1), ApiEventRules.firstEntryTime(NOW.minusHours(1), NOW));
        assertEquals(NOW, ApiEventRules.firstEntryTime(NOW.plusDays(1), NOW));
    }
}
