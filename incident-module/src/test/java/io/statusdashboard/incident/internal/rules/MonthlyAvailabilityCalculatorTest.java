package io.statusdashboard.incident.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.incident.internal.rules.AvailabilityCalculator.Outage;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonthlyAvailabilityCalculatorTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 20, 12, 0);
    private static final List<YearMonth> MONTHS = MonthlyAvailabilityCalculator.monthsUpTo(NOW, 12);

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    private static Map<Integer, List<BigDecimal>> compute(Outage... outages) {
        return MonthlyAvailabilityCalculator.compute(Set.of(1), List.of(outages), MONTHS, NOW);
    }

    /** The value for a month of the period, as the rule gives it. */
    private static String month(Map<Integer, List<BigDecimal>> result, int component, int year, int month) {
        return result.get(component).get(MONTHS.indexOf(YearMonth.of(year, month))).toPlainString();
    }

    @Test
    void twelveMonthsNewestFirstAcrossTheTurnOfTheYear() {
        assertEquals(YearMonth.of(2026, 1), MONTHS.get(0));
        assertEquals(YearMonth.of(2025, 12), MONTHS.get(1));
        assertEquals(YearMonth.of(2025, 2), MONTHS.get(11));
        assertEquals(12, MONTHS.size());
    }

    @Test
    void aComponentWithEventsButNoOutageIsAvailableEveryMonth() {
        Map<Integer, List<BigDecimal>> result = compute();
        assertEquals(Collections.nCopies(12, new BigDecimal("100.00000")), result.get(1));
    }

    @Test
    void componentsThatNeverHadAnEventGetNoEntry() {
        assertEquals(Set.of(1), compute().keySet());
    }

    @Test
    void anOutageCrossingAMonthBorderIsSplitAndRoundedHalfUpToFiveDecimals() {
        // 30 Nov 23:00 → 1 Dec 02:00: 1 h of November's 720, 2 h of December's 744.
        Map<Integer, List<BigDecimal>> result = compute(new Outage(1, at(2025, 11, 30, 23, 0), at(2025, 12, 1, 2, 0)));
        assertEquals("99.86111", month(result, 1, 2025, 11), "100 - 100/720 = 99.861111...");
        assertEquals("99.73118", month(result, 1, 2025, 12), "100 - 200/744 = 99.731182...");
        assertEquals("100.00000", month(result, 1, 2026, 1));
    }

    @Test
    void theCurrentMonthIsMeasuredAgainstItsWholeLength() {
        // Ten hours into a month of 744, twenty days in: v3 divides by the whole month, not by the time elapsed.
        Map<Integer, List<BigDecimal>> result = compute(new Outage(1, at(2026, 1, 2, 0, 0), at(2026, 1, 2, 10, 0)));
        assertEquals("98.65591", month(result, 1, 2026, 1), "100 - 1000/744 = 98.655913...");
    }

    @Test
    void outagesAreClippedToThePeriodAndToNow() {
        Map<Integer, List<BigDecimal>> result = compute(
                new Outage(1, at(2025, 1, 31, 12, 0), at(2025, 2, 1, 12, 0)),
                new Outage(1, at(2026, 1, 20, 11, 0), at(2026, 1, 25, 0, 0)));
        assertEquals("98.21429", month(result, 1, 2025, 2), "only the 12 h inside February count: 100 - 1200/672");
        assertEquals("99.86559", month(result, 1, 2026, 1), "only the hour up to now counts: 100 - 100/744");
    }

    @Test
    void roundingIsHalfUpOnTheExactValue() {
        // 388.8 ms down in a 30-day month is exactly 0.000015 %: 99.999985 rounds up (half-even would keep 8).
        LocalDateTime start = at(2025, 11, 10, 0, 0);
        Map<Integer, List<BigDecimal>> result = compute(new Outage(1, start, start.plusNanos(388_800_000)));
        assertEquals("99.99999", month(result, 1, 2025, 11));
    }

    @Test
    void overlappingOutagesOfOneComponentCountOnce() {
        Map<Integer, List<BigDecimal>> result = MonthlyAvailabilityCalculator.compute(Set.of(1, 2), List.of(
                new Outage(1, at(2025, 6, 1, 10, 0), at(2025, 6, 1, 12, 0)),
                new Outage(1, at(2025, 6, 1, 11, 0), at(2025, 6, 1, 13, 0)),
                new Outage(2, at(2025, 6, 1, 11, 0), at(2025, 6, 1, 13, 0))), MONTHS, NOW);
        assertEquals("99.58333", month(result, 1, 2025, 6), "10:00 to 13:00: 100 - 300/720");
        assertEquals("99.72222", month(result, 2, 2025, 6), "100 - 200/720");
    }
}
