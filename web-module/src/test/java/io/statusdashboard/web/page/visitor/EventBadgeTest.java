package io.statusdashboard.web.page.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.EventType;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EventBadgeTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);

    @Test
    void anIncidentIsOngoingUntilItsEndThenResolved() {
        assertEquals(EventBadge.ONGOING, EventBadge.of(EventType.INCIDENT, "fixing", NOW.minusHours(1), null, NOW));
        assertEquals(EventBadge.ONGOING,
                EventBadge.of(EventType.INCIDENT, "resolved", NOW.minusHours(1), NOW.plusMinutes(5), NOW));
        assertEquals(EventBadge.RESOLVED, EventBadge.of(EventType.INCIDENT, "resolved", NOW.minusHours(1), NOW, NOW));
        assertTrue(EventBadge.RESOLVED.isOver());
        assertFalse(EventBadge.ONGOING.isOver());
    }

    @Test
    void aMaintenanceIsPlannedThenInProgressThenCompleted() {
        assertEquals(EventBadge.PLANNED,
                EventBadge.of(EventType.MAINTENANCE, "planned", NOW.plusHours(1), NOW.plusHours(2), NOW));
        assertEquals(EventBadge.IN_PROGRESS,
                EventBadge.of(EventType.MAINTENANCE, "in progress", NOW.minusHours(1), NOW.plusHours(2), NOW));
        assertEquals(EventBadge.COMPLETED,
                EventBadge.of(EventType.MAINTENANCE, "in progress", NOW.minusHours(2), NOW.minusHours(1), NOW));
        assertEquals(EventBadge.COMPLETED,
                EventBadge.of(EventType.MAINTENANCE, "completed", NOW.minusHours(1), NOW.plusHours(2), NOW),
                "completed before its planned end");
        assertEquals(EventBadge.CANCELLED,
                EventBadge.of(EventType.MAINTENANCE, "cancelled", NOW.plusHours(1), NOW.plusHours(2), NOW));
    }

    @Test
    void anAnnouncementIsActiveUntilItEnds() {
        assertEquals(EventBadge.ACTIVE, EventBadge.of(EventType.INFO, "active", NOW.minusHours(1), null, NOW));
        assertEquals(EventBadge.ENDED, EventBadge.of(EventType.INFO, "active", NOW.minusHours(2), NOW.minusHours(1), NOW));
        assertEquals("event-badge-in-progress", EventBadge.IN_PROGRESS.getCssClass());
    }
}
