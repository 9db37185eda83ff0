package io.statusdashboard.web.page.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.Actor;
import io.statusdashboard.incident.api.ApiEventPatch;
import io.statusdashboard.incident.api.CallerRole;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who sees the forms below a maintenance request, and the API changes they send. */
class OwnRequestFormTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);
    private static final Actor CARLA = new Actor("carla", CallerRole.CREATOR);

    private static EventView request(String status, String creator) {
        return new EventView(7, "Storage upgrade", "Firmware", Impact.MAINTENANCE, EventType.MAINTENANCE,
                NOW.plusDays(1), NOW.plusDays(1).plusHours(2), false, status, Set.of(1), List.of(), 4, creator,
                "carla@example.com");
    }

    @Test
    void onlyItsCreatorSeesTheFormsAndOnlyWhileTheRequestWaitsForReview() {
        assertTrue(OwnRequestForm.shows(CARLA, request("pending review", "carla"), false));
        assertFalse(OwnRequestForm.shows(new Actor("chris", CallerRole.CREATOR), request("pending review", "carla"), false),
                "another creator's request");
        assertFalse(OwnRequestForm.shows(CARLA, request("reviewed", "carla"), false), "reviewed already");
        assertFalse(OwnRequestForm.shows(CARLA, request("planned", "carla"), false));
        assertFalse(OwnRequestForm.shows(CARLA, request("pending review", null), false), "nobody's own");
        assertFalse(OwnRequestForm.shows(new Actor("carla", CallerRole.OPERATOR), request("pending review", "carla"), false),
                "operators review it on the list of requests");
    }

    @Test
    void aFormSentBackAfterTheReviewStaysToBeRefusedWithAMessage() {
        assertTrue(OwnRequestForm.shows(CARLA, request("reviewed", "carla"), true));
        assertFalse(OwnRequestForm.shows(new Actor("chris", CallerRole.CREATOR), request("reviewed", "carla"), true));
    }

    @Test
    void anEditKeepsTheRequestPendingWithTheFieldsAndTheVersionShown() {
        LocalDateTime start = NOW.plusDays(2);
        ApiEventPatch edit = OwnRequestForm.edit(" Disk swap ", null, start, start.plusHours(1), " ops@example.com ", 4, NOW);
        assertEquals("pending review", edit.status());
        assertEquals(OwnRequestForm.EDITED, edit.message());
        assertEquals(NOW, edit.updateDate());
        assertEquals("Disk swap", edit.title());
        assertEquals("", edit.description(), "a description cleared on the form is cleared");
        assertEquals(start, edit.start());
        assertEquals(start.plusHours(1), edit.end());
        assertEquals("ops@example.com", edit.contactEmail());
        assertEquals(4, edit.version());
        assertNull(edit.impact());
        assertNull(edit.type(), "a request stays a maintenance");
        assertNull(OwnRequestForm.edit("T", "d", start, start, " ", 4, NOW).contactEmail(), "blank: the contact stays");
    }

    @Test
    void aCancellationNamesOnlyTheStatusAndTheVersionShown() {
        ApiEventPatch cancel = OwnRequestForm.cancellation(4, NOW);
        assertEquals("cancelled", cancel.status());
        assertEquals(OwnRequestForm.CANCELLED, cancel.message());
        assertEquals(4, cancel.version());
        assertNull(cancel.title());
        assertNull(cancel.start());
        assertNull(cancel.end());
    }
}
