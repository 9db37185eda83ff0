package io.statusdashboard.incident.internal.rules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly availability from outages: 1 − outage minutes ÷ minutes of the month, where the current
 * month counts only the minutes elapsed so far. An outage crossing a month boundary is split
 * exactly between the months, and overlapping outages of one component count once.
 */
public final class AvailabilityCalculator {

    /** One outage of one component; {@code end} is never null (open outages do not count yet). */
    public record Outage(int componentId, LocalDateTime start, LocalDateTime end) {}

    private AvailabilityCalculator() {}

    /**
     * @param months consecutive months, oldest first
     * @return per component with at least one outage: its availability in percent, one value per month
     */
    public static Map<Integer, double[]> compute(List<Outage> outages, List<YearMonth> months, LocalDateTime now) {
        Map<Integer, List<Outage>> byComponent = new HashMap<>();
        outages.forEach(outage -> byComponent.computeIfAbsent(outage.componentId(), id -> new ArrayList<>()).add(outage));
        Map<Integer, double[]> availability = new HashMap<>();
        byComponent.forEach((component, own) -> {
            List<LocalDateTime[]> merged = merge(own);
            double[] values = new double[months.size()];
            for (int i = 0; i < months.size(); i++) {
                values[i] = percent(merged, months.get(i), now);
            }
            availability.put(component, values);
        });
        return availability;
    }

    static double percent(List<LocalDateTime[]> merged, YearMonth month, LocalDateTime now) {
        LocalDateTime from = month.atDay(1).atStartOfDay();
        LocalDateTime monthEnd = month.plusMonths(1).atDay(1).atStartOfDay();
        LocalDateTime to = now.isBefore(monthEnd) ? now : monthEnd;
        if (!to.isAfter(from)) {
            return 100.0;
        }
        long total = Duration.between(from, to).toSeconds();
        long down = 0;
        for (LocalDateTime[] interval : merged) {
            LocalDateTime start = interval[0].isAfter(from) ? interval[0] : from;
            LocalDateTime end = interval[1].isBefore(to) ? interval[1] : to;
            if (end.isAfter(start)) {
                down += Duration.between(start, end).toSeconds();
            }
        }
        return 100.0 * (total - down) / total;
    }

    /** Sorted, non-overlapping intervals covering the same time as the outages. */
    static List<LocalDateTime[]> merge(List<Outage> outages) {
        List<Outage> sorted = outages.stream()
                .filter(outage -> outage.end().isAfter(outage.start()))
                .sorted(Comparator.comparing(Outage::start))
                .toList();
        List<LocalDateTime[]> merged = new ArrayList<>();
        for (Outage outage : sorted) {
            LocalDateTime[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !outage.start().isAfter(last[1])) {
                if (outage.end().isAfter(last[1])) {
                    last[1] = outage.end();
                }
            } else {
                merged.add(new LocalDateTime[] {outage.start(), outage.end()});
            }
        }
        return merged;
    }
}
