package io.statusdashboard.web;

import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventView;
import java.util.List;
import java.util.Set;

/**
 * Which events visitors' feeds, calendars, badges and JSON may show. A maintenance that a creator
 * proposed stays with operators until it is planned: waiting for review, or reviewed and not yet
 * planned, it appears nowhere public.
 */
public final class Publication {

    private static final Set<String> UNDER_REVIEW = Set.of("pending review", "reviewed");

    private Publication() {}

    public static boolean isPublic(EventView event) {
        return event.status() == null || !UNDER_REVIEW.contains(event.status());
    }

    public static List<EventView> publicOnes(List<EventView> events) {
        return events.stream().filter(Publication::isPublic).toList();
    }

    public static CurrentEvents publicOnes(CurrentEvents current) {
        return new CurrentEvents(current.asOf(), publicOnes(current.active()), publicOnes(current.planned()));
    }
}
