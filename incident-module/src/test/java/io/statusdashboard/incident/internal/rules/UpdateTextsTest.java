package io.statusdashboard.incident.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.TimelineText;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notes this module writes read as sentences to visitors: the two halves of the stored format
 * ({@link UpdateTexts} writes, {@link TimelineText} reads) agree.
 */
class UpdateTextsTest {

    private static final ComponentView AUTO_SCALING = new ComponentView(4, "Auto Scaling",
            Map.of("region", "EU-NL", "category", "Compute", "type", "as"));

    @Test
    void aMoveReadsAsASentenceWithTheRegionAndALinkedTitle() {
        String stored = UpdateTexts.movedTo(AUTO_SCALING, 12, "Network <degradation>", false);
        assertEquals("Auto Scaling (EU-NL) moved to incident 'Network <degradation>'", TimelineText.plain(stored));
        assertEquals(List.of(new TimelineText.Text("Auto Scaling (EU-NL) moved to incident '"),
                new TimelineText.IncidentLink(12, "Network <degradation>"), new TimelineText.Text("'")),
                TimelineText.read(stored));
        assertEquals("moved", TimelineText.statusLabel(note(stored)));
    }

    @Test
    void theMoveThatEmptiesAnIncidentSaysItClosedIt() {
        String stored = UpdateTexts.movedTo(AUTO_SCALING, 12, "Network degradation", true);
        assertTrue(TimelineText.closesIncident(stored));
        assertEquals("Auto Scaling (EU-NL) moved to incident 'Network degradation'."
                + " This incident was closed because its services moved.", TimelineText.plain(stored));
        assertEquals("closed", TimelineText.statusLabel(note(stored)));
    }

    @Test
    void theOtherNotesReadWithoutTheirAttributes() {
        assertEquals("Auto Scaling (EU-NL) moved from incident 'Old one'",
                TimelineText.plain(UpdateTexts.movedFrom(AUTO_SCALING, 3, "Old one")));
        assertEquals("Auto Scaling (EU-NL) added to API errors",
                TimelineText.plain(UpdateTexts.added(AUTO_SCALING, "API errors")));
        assertEquals("added", TimelineText.statusLabel(note(UpdateTexts.added(AUTO_SCALING, "API errors"))));
        assertEquals("impact changed",
                TimelineText.statusLabel(note(UpdateTexts.impactChanged(Impact.MINOR, Impact.MAJOR))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Outage", "A & <B> \"quoted\" 'single' &amp;", "moved to </a>", "Old (region: EU-DE)", ""})
    void everyNoteIsReadBackAsItWasWrittenWhateverTheTitleHolds(String title) {
        String movedTo = UpdateTexts.movedTo(AUTO_SCALING, 12, title, false);
        TimelineText.IncidentLink link = new TimelineText.IncidentLink(12, title);
        assertEquals(Optional.of(new TimelineText.Moved("Auto Scaling (EU-NL)", true, link, false)),
                TimelineText.note(note(movedTo)));
        assertTrue(TimelineText.read(movedTo).contains(link), "the link the pages render");
        assertEquals(Optional.of(new TimelineText.Moved("Auto Scaling (EU-NL)", true, link, true)), TimelineText.note(
                new UpdateView(1, LocalDateTime.of(2026, 12, 2, 10, 0), EventStatus.RESOLVED,
                        UpdateTexts.movedTo(AUTO_SCALING, 12, title, true), null)),
                "the move that closes its incident is stored as resolved");
        assertEquals(Optional.of(new TimelineText.Moved("ECS", false, link, false)),
                TimelineText.note(note(UpdateTexts.movedFrom(new ComponentView(1, "ECS", Map.of()), 12, title))));
        if (!title.isEmpty()) {
            assertEquals(Optional.of(new TimelineText.Added("Auto Scaling (EU-NL)", title)),
                    TimelineText.note(note(UpdateTexts.added(AUTO_SCALING, title))));
        }
    }

    @Test
    void everyImpactChangeIsReadBackAsItWasWritten() {
        for (Impact from : Impact.values()) {
            for (Impact to : Impact.values()) {
                assertEquals(Optional.of(new TimelineText.ImpactChanged(from, to)),
                        TimelineText.note(note(UpdateTexts.impactChanged(from, to))));
            }
        }
    }

    private static UpdateView note(String text) {
        return new UpdateView(1, LocalDateTime.of(2026, 12, 2, 10, 0), EventStatus.SYSTEM, text, null);
    }
}
