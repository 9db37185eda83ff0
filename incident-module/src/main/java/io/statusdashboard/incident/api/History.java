package io.statusdashboard.incident.api;

import java.time.YearMonth;
import java.util.List;

/**
 * Closed events of one period, for the history page.
 *
 * @param events closed events ending in the period, newest end first
 * @param firstYear the year the oldest closed event ended, or {@code null} when there is none
 * @param lastYear the year the newest closed event ended, or {@code null}
 */
public record History(List<EventView> events, Integer firstYear, Integer lastYear) {

    public History {
        events = List.copyOf(events);
    }

    public static YearMonth monthOf(EventView event) {
        return YearMonth.from(event.end());
    }
}
