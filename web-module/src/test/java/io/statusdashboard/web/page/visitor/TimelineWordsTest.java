package io.statusdashboard.web.page.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.incident.api.ActivityEntry;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.UpdateText;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class TimelineWordsTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("io.statusdashboard.web.Texts", Locale.ENGLISH);
    private static final ResourceBundle GERMAN = ResourceBundle.getBundle("io.statusdashboard.web.Texts", Locale.GERMAN);
    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 10, 0);

    @Test
    void theWordBesideAnEntryIsInThePagesLanguage() {
        assertEquals("wird behoben", TimelineWords.label(new UpdateView(1, AT, "fixing", "x", null), GERMAN));
        assertEquals("Auswirkung geändert", TimelineWords.label(new UpdateView(1, AT, "impact changed", "x", null), GERMAN));
        assertEquals("verschoben", TimelineWords.label(
                new UpdateView(1, AT, "SYSTEM", "ECS moved to <a href='/incidents/1'>X</a>", null), GERMAN));
        assertEquals("geschlossen", TimelineWords.label(
                new UpdateView(1, AT, "resolved", "ECS moved to <a href='/incidents/1'>X</a>, incident closed by system", null), GERMAN));
        assertEquals("fixing", TimelineWords.label(new UpdateView(1, AT, "fixing", "x", null), ENGLISH));
        assertEquals("escalated", TimelineWords.label(new UpdateView(1, AT, "escalated", "x", null), GERMAN),
                "a status no bundle knows is shown as stored");
        assertEquals("", TimelineWords.label(new UpdateView(1, AT, "", "x", null), GERMAN));
    }

    @Test
    void theActivityLogWordsItsEntriesAsTheIncidentPageDoes() {
        ActivityEntry note = new ActivityEntry(5, 8, "Outage", "SYSTEM", "impact changed from minor to outage", AT, null);
        UpdateView asUpdate = new UpdateView(5, AT, "SYSTEM", "impact changed from minor to outage", null);
        assertEquals(TimelineWords.label(asUpdate, GERMAN), "Auswirkung geändert");
        assertEquals("Auswirkung geändert von gering auf Ausfall",
                UpdateText.toHtml(asUpdate, "", GERMAN, Locale.GERMAN));
        assertEquals(asUpdate, TimelineWords.asUpdate(note), "the log's entry is read as the timeline's");
    }

    @Test
    void aDescriptionTheDashboardWroteIsInThePagesLanguage() {
        assertEquals("Störung mehrerer Komponenten im gesamten System. Automatisch angelegt.", TimelineWords.description(
                "System-wide incident affecting multiple components. Created automatically.", GERMAN));
        assertEquals("Our own words", TimelineWords.description("Our own words", GERMAN));
        assertEquals(null, TimelineWords.description(null, GERMAN));
    }
}
