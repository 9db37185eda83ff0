package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeKindTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 12, 2, 9, 0);

    static EventView event(EventType type, String... statuses) {
        List<UpdateView> updates = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            String status = statuses[i];
            String text = status.startsWith("SYSTEM:") ? status.substring(7) : "entry " + i;
            updates.add(new UpdateView(i + 1, T.plusMinutes(i), status.startsWith("SYSTEM:") ? EventStatus.SYSTEM : status,
                    text, null));
        }
        String current = statuses.length == 0 ? null : updates.get(updates.size() - 1).status();
        return new EventView(7, "API errors", null, type == EventType.INCIDENT ? Impact.MINOR : Impact.MAINTENANCE,
                type, T, null, false, current, Set.of(1), updates, 0);
    }

    @Test
    void anEventWithItsFirstEntryOnlyWasOpened() {
        assertEquals("opened", ChangeKind.of(event(EventType.INCIDENT, EventStatus.DETECTED)));
        assertEquals("opened", ChangeKind.of(event(EventType.INCIDENT)));
        assertEquals("opened", ChangeKind.of(event(EventType.MAINTENANCE, EventStatus.PLANNED)));
    }

    @Test
    void anIncidentsNewestEntrySaysWhatHappened() {
        assertEquals("updated", ChangeKind.of(event(EventType.INCIDENT, EventStatus.DETECTED, EventStatus.FIXING)));
        assertEquals("resolved", ChangeKind.of(event(EventType.INCIDENT, EventStatus.DETECTED, EventStatus.RESOLVED)));
        assertEquals("reopened", ChangeKind.of(event(EventType.INCIDENT, EventStatus.DETECTED, EventStatus.RESOLVED,
                EventStatus.REOPENED)));
        assertEquals("impact_changed", ChangeKind.of(event(EventType.INCIDENT, EventStatus.ANALYZING,
                EventStatus.IMPACT_CHANGED)));
    }

    @Test
    void monitoringRaisingTheImpactIsAnEscalationAndItsOtherNotesAreUpdates() {
        assertEquals("impact_changed", ChangeKind.of(event(EventType.INCIDENT, EventStatus.DETECTED,
                "SYSTEM:impact changed from minor to major")));
        assertEquals("updated", ChangeKind.of(event(EventType.INCIDENT, EventStatus.DETECTED,
                "SYSTEM:Compute (EU-DE) added to API errors")));
    }

    @Test
    void maintenancesAndAnnouncementsNameTheirTransition() {
        assertEquals("maintenance_in_progress", ChangeKind.of(event(EventType.MAINTENANCE, EventStatus.PLANNED,
                EventStatus.IN_PROGRESS)));
        assertEquals("maintenance_completed", ChangeKind.of(event(EventType.MAINTENANCE, EventStatus.PLANNED,
                EventStatus.IN_PROGRESS, EventStatus.COMPLETED)));
        assertEquals("maintenance_cancelled", ChangeKind.of(event(EventType.MAINTENANCE, EventStatus.PLANNED,
                EventStatus.CANCELLED)));
        assertEquals("info_active", ChangeKind.of(event(EventType.INFO, EventStatus.PLANNED, EventStatus.ACTIVE)));
    }
}
