package io.statusdashboard.web.page.visitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.incident.api.DayStatus;
import io.statusdashboard.incident.api.UptimeBar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class UptimeBarSvgTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 9, 3);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("io.statusdashboard.web.Texts", Locale.ENGLISH);
    private static final ResourceBundle GERMAN = ResourceBundle.getBundle("io.statusdashboard.web.Texts", Locale.GERMAN);

    private static UptimeBar bar(double percent, Object... dayAndStatus) {
        List<DayStatus> days = new ArrayList<>(Collections.nCopies(90, DayStatus.OPERATIONAL));
        for (int i = 0; i < dayAndStatus.length; i += 2) {
            days.set((Integer) dayAndStatus[i], (DayStatus) dayAndStatus[i + 1]);
        }
        return new UptimeBar(FIRST, days, percent);
    }

    @Test
    void eachColourIsOnePathWhoseTextNamesTheDatesOfEveryDayItDraws() {
        String svg = UptimeBarSvg.of(bar(99.5, 10, DayStatus.MAJOR, 88, DayStatus.MAJOR, 87, DayStatus.MAJOR,
                40, DayStatus.MINOR), ENGLISH);
        assertEquals("<svg class=\"uptime-bar\" viewBox=\"0 0 90 8\" preserveAspectRatio=\"none\" aria-label=\"Last 90 days\">"
                + "<path class=\"d0\" d=\"M0 4h90\"><title>No incidents: Sep 3–12, Sep 14–Oct 12, Oct 14–Nov 28, Dec 1</title></path>"
                + "<path class=\"d2\" d=\"M40 4h1\"><title>Minor issues: Oct 13</title></path>"
                + "<path class=\"d3\" d=\"M10 4h1M87 4h2\"><title>Partial outage: Sep 13, Nov 29–30</title></path>"
                + "</svg>", svg);
    }

    @Test
    void inGermanTheWordsAndDatesAreGerman() {
        String svg = UptimeBarSvg.of(bar(99.5, 88, DayStatus.OUTAGE), GERMAN);
        assertEquals("<svg class=\"uptime-bar\" viewBox=\"0 0 90 8\" preserveAspectRatio=\"none\" aria-label=\"Letzte 90 Tage\">"
                + "<path class=\"d0\" d=\"M0 4h90\"><title>Keine Störungen: 3.9.–29.11., 1.12.</title></path>"
                + "<path class=\"d4\" d=\"M88 4h1\"><title>Schwere Störung: 30.11.</title></path>"
                + "</svg>", svg);
        assertEquals("<svg class=\"uptime-bar\" viewBox=\"0 0 90 8\" preserveAspectRatio=\"none\" aria-label=\"Letzte 90 Tage\">"
                + "<path class=\"d0\" d=\"M0 4h90\"><title>Keine Störungen: 3.9.–6.11., 9.11.–1.12.</title></path>"
                + "<path class=\"d1\" d=\"M65 4h2\"><title>Wartung: 7.–8.11.</title></path>"
                + "</svg>", UptimeBarSvg.of(bar(100, 65, DayStatus.MAINTENANCE, 66, DayStatus.MAINTENANCE), GERMAN));
    }

    @Test
    void thePercentageIsNeverRoundedUpToAFullHundredAndUsesTheVisitorsDecimalMark() {
        assertEquals("100.00 %", UptimeBarSvg.percent(bar(100.0), Locale.ENGLISH));
        assertEquals("99.99 %", UptimeBarSvg.percent(bar(99.9999), Locale.ENGLISH));
        assertEquals("97.50 %", UptimeBarSvg.percent(bar(97.5), Locale.ENGLISH));
        assertEquals("99,99 %", UptimeBarSvg.percent(bar(99.9999), Locale.GERMAN));
    }
}
