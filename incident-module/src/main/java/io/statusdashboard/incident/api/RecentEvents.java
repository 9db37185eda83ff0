package io.statusdashboard.incident.api;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events that touched some components during the last {@code days} days up to {@code asOf}
 * (today, UTC, included), and what they mean for each component's days.
 *
 * @param events newest start first
 */
public record RecentEvents(LocalDate firstDay, int days, LocalDateTime asOf, List<EventSpan> events) {

    private static final Comparator<EventSpan> NEWEST_FIRST =
            Comparator.comparing(EventSpan::start).thenComparingLong(EventSpan::id).reversed();

    public RecentEvents {
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        events = events.stream().sorted(NEWEST_FIRST).toList();
    }

    /** The period ending today that {@code days} days cover. */
    public static LocalDate firstDayOf(int days, LocalDateTime now) {
        return now.toLocalDate().minusDays(days - 1L);
    }

    /** Every component's bar, for components with at least one event in the period. */
    public Map<Integer, UptimeBar> uptimeBars() {
        Map<Integer, List<EventSpan>> byComponent = new HashMap<>();
        events.forEach(event -> event.componentIds()
                .forEach(component -> byComponent.computeIfAbsent(component, id -> new ArrayList<>()).add(event)));
        Map<Integer, UptimeBar> bars = new HashMap<>();
        byComponent.forEach((component, own) -> bars.put(component, bar(own)));
        return bars;
    }

    /** A bar for a component without events in the period: every day quiet, 100 %. */
    public UptimeBar quietBar() {
        return bar(List.of());
    }

    /**
     * Each day takes the worst status of the events that covered any part of it up to now: an
     * open event covers every day since its start, a planned maintenance none yet. The percentage
     * counts outages (impact 3 incidents, open ones up to now) once however they overlap.
     */
    UptimeBar bar(List<EventSpan> own) {
        DayStatus[] statuses = new DayStatus[days];
        Arrays.fill(statuses, DayStatus.OPERATIONAL);
        LocalDateTime from = firstDay.atStartOfDay();
        List<LocalDateTime[]> outages = new ArrayList<>();
        for (EventSpan event : own) {
            DayStatus status = DayStatus.of(event);
            if (status == DayStatus.OPERATIONAL || event.start().isAfter(asOf)) {
                continue;
            }
            LocalDateTime start = event.start().isBefore(from) ? from : event.start();
            LocalDateTime end = event.end() == null || event.end().isAfter(asOf) ? asOf : event.end();
            if (end.isBefore(start)) {
                continue;
            }
            int first = (int) Duration.between(from, start.toLocalDate().atStartOfDay()).toDays();
            // An end at midnight closes the day before; an event that starts and ends at once still marks its day.
            LocalDateTime lastInstant = end.isAfter(start) ? end.minusNanos(1) : end;
            int last = (int) Duration.between(from, lastInstant.toLocalDate().atStartOfDay()).toDays();
            for (int day = Math.max(0, first); day <= Math.min(days - 1, last); day++) {
                statuses[day] = statuses[day].worse(status);
            }
            if (status == DayStatus.OUTAGE && end.isAfter(start)) {
                outages.add(new LocalDateTime[] {start, end});
            }
        }
        return new UptimeBar(firstDay, List.of(statuses), percentUp(outages, from));
    }

    private double percentUp(List<LocalDateTime[]> outages, LocalDateTime from) {
        long total = Duration.between(from, asOf).toSeconds();
        if (total <= 0) {
            return 100.0;
        }
        outages.sort(Comparator.comparing(interval -> interval[0]));
        long down = 0;
        LocalDateTime covered = from;
        for (LocalDateTime[] outage : outages) {
            LocalDateTime start = outage[0].isAfter(covered) ? outage[0] : covered;
            if (outage[1].isAfter(start)) {
                down += Duration.between(start, outage[1]).toSeconds();
                covered = outage[1];
            }
        }
        return 100.0 * (total - down) / total;
    }
}
