package io.statusdashboard.incident.api;

import java.util.List;

/**
 * One page of the events a filter selects.
 *
 * @param events the page's events, newest start first
 * @param total how many events the filter selects on all pages
 */
public record EventPage(List<EventView> events, long total) {

    public EventPage {
        events = List.copyOf(events);
    }
}
