package io.statusdashboard.incident.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Stored texts of every origin (v1, v3, this dashboard, operators) as visitors read them. */
class TimelineTextTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 10, 0);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an operator's text          | We are looking into it                                      | We are looking into it
            v1 move with attributes     | ECS (category: Compute, region: EU-DE, type: ecs) moved to <a href='/incidents/12'>Outage</a> | ECS (EU-DE) moved to incident 'Outage'
            v3 closing note             | ECS (region: EU-DE) moved to <a href='/incidents/9'>X</a>, Incident closed by system | ECS (EU-DE) moved to incident 'X'. This incident was closed because its services moved.
            attributes without region   | DNS (category: Network, type: dns) added to Outage          | DNS added to Outage
            brackets that are no dump   | Cloud Container Engine (CCE) is slow                        | Cloud Container Engine (CCE) is slow
            markup stays text           | <b>bold</b> <script>x()</script>                            | <b>bold</b> <script>x()</script>
            a link elsewhere stays text | <a href='https://evil.example/'>x</a>                       | <a href='https://evil.example/'>x</a>
            markup inside a link        | <a href='/incidents/3'><img src=x></a>                      | <a href='/incidents/3'><img src=x></a>
            an escaped title            | moved to <a href='/incidents/3'>A &amp; &lt;B&gt;</a>       | moved to incident 'A & <B>'
            """)
    void readsAsASentence(String label, String stored, String plain) {
        assertEquals(plain, TimelineText.plain(stored));
    }

    @Test
    void onlyLinksToIncidentsBecomeLinks() {
        assertEquals(List.of(new TimelineText.IncidentLink(1, "a"), new TimelineText.Text(" & "),
                new TimelineText.IncidentLink(2, "b")),
                TimelineText.read("<a href='/incidents/1'>a</a> & <a href=\"/incidents/2\">b</a>"));
        assertEquals(List.of(new TimelineText.Text("<a href='/incidents/1' onclick='x()'>y</a>")),
                TimelineText.read("<a href='/incidents/1' onclick='x()'>y</a>"));
    }

    @Test
    void visitorsNeverSeeTheSystemStatus() {
        assertEquals("note", TimelineText.statusLabel(new UpdateView(1, AT, "SYSTEM", "Something happened", null)));
        assertEquals("fixing", TimelineText.statusLabel(new UpdateView(1, AT, "fixing", "A fix is out", null)));
    }

    @Test
    void anIncidentClosedByItsLastServiceMovingSaysSo() {
        UpdateView closing = new UpdateView(2, AT, "SYSTEM",
                "ECS (region: EU-DE) moved to <a href='/incidents/9'>X</a>, incident closed by system", null);
        UpdateView resolved = new UpdateView(2, AT, "resolved", "All fine again now", null);
        assertTrue(TimelineText.closedByMove(incident(AT, closing)));
        assertFalse(TimelineText.closedByMove(incident(AT, resolved)));
        assertFalse(TimelineText.closedByMove(incident(null, closing)), "reopened since");
        assertEquals("closed", TimelineText.statusLabel(closing));
        assertEquals("resolved", TimelineText.statusLabel(resolved));
    }

    @Test
    void theClosingNoteReadsClosedAlsoWhenStoredAsResolvedAsTheMovesNowWriteIt() {
        UpdateView closing = new UpdateView(2, AT, "resolved",
                "ECS (region: EU-DE) moved to <a href='/incidents/9'>X</a>, incident closed by system", null);
        assertEquals("closed", TimelineText.statusLabel(closing));
        assertTrue(TimelineText.closedByMove(incident(AT, closing)));
    }

    @Test
    void automaticNotesAreTakenApartForPagesInOtherLanguages() {
        assertEquals(Optional.of(new TimelineText.Moved("ECS (EU-DE)", true, new TimelineText.IncidentLink(9, "A & B"), true)),
                TimelineText.note(new UpdateView(2, AT, "resolved",
                        "ECS (category: Compute, region: EU-DE) moved to <a href='/incidents/9'>A &amp; B</a>, incident closed by system",
                        null)));
        assertEquals(Optional.of(new TimelineText.Moved("ECS (EU-NL)", false, new TimelineText.IncidentLink(4, "Old"), false)),
                TimelineText.note(system("ECS (region: EU-NL) moved from <a href=\"/incidents/4\">Old</a>")));
        assertEquals(Optional.of(new TimelineText.Added("DNS (EU-DE)", "Outage")),
                TimelineText.note(system("DNS (category: Network, region: EU-DE) added to Outage")));
        assertEquals(Optional.of(new TimelineText.ImpactChanged(Impact.MINOR, Impact.OUTAGE)),
                TimelineText.note(system("impact changed from minor to outage")));
        assertEquals(Optional.of(TimelineText.Sentence.MAINTENANCE_IN_PROGRESS),
                TimelineText.note(new UpdateView(1, AT, "in progress", "Maintenance is in progress.", null)));
    }

    @Test
    void anOperatorsWordsAreNoNoteWhateverTheySay() {
        assertEquals(Optional.empty(), TimelineText.note(new UpdateView(1, AT, "fixing", "Disk added to the pool", null)));
        assertEquals(Optional.empty(), TimelineText.note(new UpdateView(1, AT, "analyzing", "impact changed from minor to major", null)));
        assertEquals(Optional.empty(), TimelineText.note(system("impact changed from minor to severe")), "no such impact");
        assertEquals(Optional.empty(), TimelineText.note(system("Something else happened")));
    }

    @Test
    void theWordBesideAnEntryHasAKeyWithoutSpaces() {
        assertEquals("timeline.impact_changed", TimelineText.statusKey(new UpdateView(1, AT, "impact changed", "x", null)));
        assertEquals("timeline.moved", TimelineText.statusKey(system("ECS moved to <a href='/incidents/9'>X</a>")));
        assertEquals("timeline.in_progress", TimelineText.statusKey(new UpdateView(1, AT, "In Progress", "x", null)));
    }

    private static UpdateView system(String text) {
        return new UpdateView(1, AT, "SYSTEM", text, null);
    }

    private static EventView incident(LocalDateTime end, UpdateView latest) {
        return new EventView(8, "Network degradation", null, Impact.MINOR, EventType.INCIDENT, AT.minusHours(1), end,
                false, null, Set.of(4), List.of(latest), 1);
    }
}
