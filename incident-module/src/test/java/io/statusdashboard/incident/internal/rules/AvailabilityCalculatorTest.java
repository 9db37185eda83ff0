package io.statusdashboard.incident.internal.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.internal.rules.AvailabilityCalculator.Outage;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvailabilityCalculatorTest {

    private static final double EXACT = 1e-9;
    private static final LocalDateTime LONG_AFTER = LocalDateTime.of(2030, 1, 1, 0, 0);

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    @Test
    void anOutageCrossingAMonthBoundaryIsSplitExactly() {
        // 30 Nov 2025 23:00 → 1 Dec 2025 02:00: one hour in November, two in December.
        Map<Integer, double[]> result = AvailabilityCalculator.compute(
                List.of(new Outage(1, at(2025, 11, 30, 23, 0), at(2025, 12, 1, 2, 0))),
                List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12)), LONG_AFTER);
        double november = 100.0 * (1 - 60.0 / (30 * 24 * 60));
        double december = 100.0 * (1 - 120.0 / (31 * 24 * 60));
        assertArrayEquals(new double[] {november, december}, result.get(1), EXACT);
    }

    @Test
    void leapYearFebruaryHas29Days() {
        Map<Integer, double[]> result = AvailabilityCalculator.compute(
                List.of(new Outage(1, at(2024, 2, 10, 0, 0), at(2024, 2, 10, 12, 0))),
                List.of(YearMonth.of(2024, 2)), LONG_AFTER);
        assertEquals(100.0 * (1 - 720.0 / (29 * 24 * 60)), result.get(1)[0], EXACT);
    }

    @Test
    void theCurrentMonthCountsOnlyTheMinutesElapsed() {
        LocalDateTime now = at(2026, 11, 11, 0, 0);
        Map<Integer, double[]> result = AvailabilityCalculator.compute(
                List.of(new Outage(1, at(2026, 11, 10, 0, 0), at(2026, 11, 10, 1, 0))),
                List.of(YearMonth.of(2026, 11)), now);
        assertEquals(100.0 * (1 - 60.0 / (10 * 24 * 60)), result.get(1)[0], EXACT);
    }

    @Test
    void overlappingOutagesOfOneComponentCountOnce() {
        Map<Integer, double[]> result = AvailabilityCalculator.compute(List.of(
                        new Outage(1, at(2025, 6, 1, 10, 0), at(2025, 6, 1, 12, 0)),
                        new Outage(1, at(2025, 6, 1, 11, 0), at(2025, 6, 1, 13, 0)),
                        new Outage(1, at(2025, 6, 1, 11, 30), at(2025, 6, 1, 11, 45)),
                        new Outage(2, at(2025, 6, 1, 11, 0), at(2025, 6, 1, 13, 0))),
                List.of(YearMonth.of(2025, 6)), LONG_AFTER);
        assertEquals(100.0 * (1 - 180.0 / (30 * 24 * 60)), result.get(1)[0], EXACT, "10:00 to 13:00");
        assertEquals(100.0 * (1 - 120.0 / (30 * 24 * 60)), result.get(2)[0], EXACT);
    }

    @Test
    void monthsWithoutOutageAreFullyAvailableAndAFutureMonthToo() {
        LocalDateTime now = at(2025, 7, 15, 0, 0);
        double[] values = AvailabilityCalculator.compute(
                List.of(new Outage(1, at(2025, 6, 1, 0, 0), at(2025, 6, 2, 0, 0))),
                List.of(YearMonth.of(2025, 5), YearMonth.of(2025, 6), YearMonth.of(2025, 8)), now).get(1);
        assertEquals(100.0, values[0], EXACT);
        assertTrue(values[1] < 100.0);
        assertEquals(100.0, values[2], EXACT, "a month that has not begun");
    }

    @Test
    void anOutageLastingTheWholeMonthIsZero() {
        double[] values = AvailabilityCalculator.compute(
                List.of(new Outage(1, at(2025, 3, 20, 0, 0), at(2025, 5, 2, 0, 0))),
                List.of(YearMonth.of(2025, 4)), LONG_AFTER).get(1);
        assertEquals(0.0, values[0], EXACT);
    }
}
