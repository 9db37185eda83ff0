package io.statusdashboard.incident.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One component's recent days, oldest first, each with the worst thing that happened on it, and
 * the share of the period it was not in an outage.
 *
 * @param firstDay the date of {@code days.get(0)} (UTC)
 * @param percent 100 × (1 − outage time ÷ time elapsed in the period)
 */
public record UptimeBar(LocalDate firstDay, List<DayStatus> days, double percent) {

    public UptimeBar {
        days = List.copyOf(days);
    }

    /**
     * Consecutive days of the same status, oldest first: a page names a quiet stretch once instead
     * of once per day, which keeps a bar small while every day stays described with its date.
     */
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= days.size(); i++) {
            if (i == days.size() || days.get(i) != days.get(start)) {
                runs.add(new Run(start, i - start, firstDay.plusDays(start), firstDay.plusDays(i - 1L), days.get(start)));
                start = i;
            }
        }
        return runs;
    }

    /**
     * Days {@code offset} to {@code offset + length - 1} of the bar, from {@code first} to {@code last}.
     */
    public record Run(int offset, int length, LocalDate first, LocalDate last, DayStatus status) {}
}
