package io.statusdashboard.web.page.visitor;

import io.statusdashboard.incident.api.EventSpan;
import io.statusdashboard.incident.api.EventType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The front page's "Past incidents": the last days, newest first, each with what began on it. */
public final class PastIncidents {

    /** As many days as a week. */
    public static final int DAYS = 7;

    private static final Comparator<EventSpan> NEWEST_FIRST =
            Comparator.comparing(EventSpan::start).thenComparingLong(EventSpan::id).reversed();

    private PastIncidents() {}

    /**
     * One entry per day from today back, quiet days included (their list is empty). An incident or
     * maintenance is listed on the day it started, once it has started; announcements and called-off
     * maintenances are not incidents.
     */
    public static List<Day> of(List<EventSpan> events, LocalDateTime now, int days) {
        LocalDate today = now.toLocalDate();
        List<Day> result = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            LocalDate day = today.minusDays(i);
            result.add(new Day(day, events.stream()
                    .filter(event -> event.type() != EventType.INFO && !event.isCancelled())
                    .filter(event -> event.start().toLocalDate().equals(day) && !event.start().isAfter(now))
                    .sorted(NEWEST_FIRST)
                    .toList()));
        }
        return result;
    }

    /** A day (UTC) and the events that started on it, newest first. */
    public record Day(LocalDate date, List<EventSpan> events) {

        public Day {
            events = List.copyOf(events);
        }
    }
}
