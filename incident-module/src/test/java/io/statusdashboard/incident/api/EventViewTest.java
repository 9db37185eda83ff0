package io.statusdashboard.incident.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventViewTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 3, 1, 10, 0);

    private static EventView event(String status, String description, UpdateView... updates) {
        return new EventView(7, "Storage outage", description, Impact.OUTAGE, EventType.INCIDENT, START, null, false,
                status, Set.of(1), List.of(updates), 0);
    }

    private static UpdateView update(long id, int minutes, String status) {
        return new UpdateView(id, START.plusMinutes(minutes), status, "text " + id, null);
    }

    @Test
    void theStoredStatusIsTheCurrentOne() {
        assertEquals("fixing", event("fixing", null, update(1, 5, "analysing"), update(2, 9, "SYSTEM")).currentStatus());
    }

    @Test
    void valuesThatAreNoStatusGiveNone() {
        assertNull(event("", null, update(1, 5, "SYSTEM")).currentStatus(), "v3's extract leaves the status empty");
        assertNull(event("SYSTEM", null, update(1, 5, "fixing")).currentStatus(), "an automatic note is no status");
        assertNull(event(null, null).currentStatus());
    }

    @Test
    void theTimelineAsWrittenFollowsTheIdsAndLeavesDescriptionRowsOut() {
        EventView event = event("resolved", null, update(3, 1, "resolved"), update(1, 50, "analysing"),
                update(2, 2, "description"));
        assertEquals(List.of(1L, 3L), event.timelineAsWritten().stream().map(UpdateView::id).toList());
    }

    @Test
    void theDescriptionComesFromTheColumnOrElseFromAV1DescriptionRow() {
        assertEquals("Kernel upgrade", event(null, "Kernel upgrade", update(1, 0, "description")).descriptionText());
        assertEquals("text 1", event(null, " ", update(1, 0, "description")).descriptionText());
        assertNull(event(null, null, update(1, 0, "in progress")).descriptionText());
    }

    @Test
    void timelinesReadTheNewestUpdateFirstAndTheHigherIdFirstAtOneTime() {
        EventView event = event("resolved", null, update(1, 5, "analysing"), update(4, 30, "resolved"),
                update(2, 5, "SYSTEM"), update(3, 20, "fixing"));
        assertEquals(List.of(4L, 3L, 2L, 1L), event.updatesNewestFirst().stream().map(UpdateView::id).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L), event.updates().stream().map(UpdateView::id).toList(), "kept as stored");
    }

    @Test
    void listsShowTheLatestStartFirst() {
        EventView older = new EventView(1, "a", null, Impact.MINOR, EventType.INCIDENT, START, null, false, null,
                Set.of(1), List.of(), 0);
        EventView sameStartHigherId = new EventView(2, "b", null, Impact.MINOR, EventType.INCIDENT, START, null, false,
                null, Set.of(1), List.of(), 0);
        EventView newer = new EventView(3, "c", null, Impact.MINOR, EventType.INCIDENT, START.plusHours(1), null, false,
                null, Set.of(1), List.of(), 0);
        assertEquals(List.of(newer, sameStartHigherId, older),
                List.of(older, newer, sameStartHigherId).stream().sorted(EventView.NEWEST_FIRST).toList());
    }
}
