package io.statusdashboard.incident.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.statusdashboard.incident.api.Impact;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EventEntityTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 1, 10, 0);

    @Test
    void theStatusFollowsTheNewestEntryThatIsAStatusNotTheAutomaticNotes() {
        EventEntity event = EventEntity.systemIncident("ECS down", Impact.MAJOR, START, 7);
        event.addUpdate(START.plusMinutes(1), "SYSTEM", "ECS added to the incident by system.");
        assertNull(event.status(), "a note gives no status");
        event.addUpdate(START.plusMinutes(2), "analyzing", "Looking", "jane");
        event.addUpdate(START.plusMinutes(3), "SYSTEM", "OBS moved to another incident");
        assertEquals("analyzing", event.status());
    }
}
