package io.statusdashboard.incident.api;

import java.util.List;

/** One page of {@link ActivityEntry}s, newest first, and how many there are in all. */
public record ActivityPage(List<ActivityEntry> entries, long total) {

    public ActivityPage {
        entries = List.copyOf(entries);
    }
}
