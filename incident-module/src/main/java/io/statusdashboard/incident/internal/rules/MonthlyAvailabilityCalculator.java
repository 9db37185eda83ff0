package io.statusdashboard.incident.internal.rules;

import io.statusdashboard.incident.internal.rules.AvailabilityCalculator.Outage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * API v2's monthly availability, status-dashboard-v3's rule rather than the status page's: a
 * month's percentage is 100 minus the outage time inside it over the length of the whole month
 * (the current month too, as if it were over), rounded half-up to 5 decimals. Outages are clipped
 * to the period from the first day of the oldest month to now; overlapping outages of one
 * component count once (v3 adds them up, which can take a month below zero).
 */
public final class MonthlyAvailabilityCalculator {

    static final int DECIMALS = 5;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MonthlyAvailabilityCalculator() {}

    /** {@code count} months, newest first: now's month, then the ones before it. */
    public static List<YearMonth> monthsUpTo(LocalDateTime now, int count) {
        YearMonth current = YearMonth.from(now);
        return IntStream.range(0, count).mapToObj(current::minusMonths).toList();
    }

    /**
     * @param components the components that had any event: each gets a list, even without outages
     * @param outages closed impact-3 events, one per affected component
     * @param months newest first
     * @return per component, one percentage per month in the order of {@code months}
     */
    public static Map<Integer, List<BigDecimal>> compute(Collection<Integer> components, List<Outage> outages,
            List<YearMonth> months, LocalDateTime now) {
        Map<Integer, List<Outage>> byComponent = new HashMap<>();
        components.forEach(component -> byComponent.put(component, new ArrayList<>()));
        outages.forEach(outage -> byComponent.computeIfAbsent(outage.componentId(), id -> new ArrayList<>()).add(outage));
        LocalDateTime periodStart = months.stream().min(YearMonth::compareTo).orElseThrow().atDay(1).atStartOfDay();
        Map<Integer, List<BigDecimal>> availability = new HashMap<>();
        byComponent.forEach((component, own) -> {
            List<LocalDateTime[]> merged = AvailabilityCalculator.merge(own);
            availability.put(component, months.stream().map(month -> percent(merged, month, periodStart, now)).toList());
        });
        return availability;
    }

    /** One month of one component, from its merged outages. */
    static BigDecimal percent(List<LocalDateTime[]> merged, YearMonth month, LocalDateTime periodStart,
            LocalDateTime now) {
        LocalDateTime monthStart = month.atDay(1).atStartOfDay();
        LocalDateTime monthEnd = month.plusMonths(1).atDay(1).atStartOfDay();
        LocalDateTime from = later(monthStart, periodStart);
        LocalDateTime to = monthEnd.isBefore(now) ? monthEnd : now;
        long down = 0;
        for (LocalDateTime[] interval : merged) {
            LocalDateTime start = later(interval[0], from);
            LocalDateTime end = interval[1].isBefore(to) ? interval[1] : to;
            if (end.isAfter(start)) {
                down += Duration.between(start, end).toNanos();
            }
        }
        long length = Duration.between(monthStart, monthEnd).toNanos();
        // Exact: the quotient is rounded once, from its true value.
        return BigDecimal.valueOf(length - down).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(length), DECIMALS, RoundingMode.HALF_UP);
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
