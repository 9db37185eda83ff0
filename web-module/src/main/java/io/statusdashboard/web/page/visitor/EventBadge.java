package io.statusdashboard.web.page.visitor;

import io.statusdashboard.incident.api.EventSpan;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import java.time.LocalDateTime;
import java.util.Locale;

/** Where an event stands now, in a word: the badge beside its title. */
public enum EventBadge {
    ONGOING("Ongoing", false),
    RESOLVED("Resolved", true),
    PLANNED("Planned", false),
    IN_PROGRESS("In progress", false),
    COMPLETED("Completed", true),
    ACTIVE("Active", false),
    ENDED("Ended", true),
    CANCELLED("Cancelled", true);

    private final String words;
    private final boolean over;

    EventBadge(String words, boolean over) {
        this.words = words;
        this.over = over;
    }

    public String getWords() {
        return words;
    }

    /** The key of its words in the page bundle ({@code #{msg}}), for the visitor's language. */
    public String getKey() {
        return "badge." + name();
    }

    /** Nothing is wrong any more (or never was): no warning icon belongs beside it. */
    public boolean isOver() {
        return over;
    }

    /** The page's colour class, e.g. {@code event-badge-in-progress}. */
    public String getCssClass() {
        return "event-badge-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static EventBadge of(EventView event, LocalDateTime now) {
        return of(event.type(), event.status(), event.start(), event.end(), now);
    }

    public static EventBadge of(EventSpan event, LocalDateTime now) {
        return of(event.type(), event.status(), event.start(), event.end(), now);
    }

    /**
     * An incident is ongoing until its end; a maintenance or announcement is planned before its
     * start, then under way until its end or a status that ends it (completed, cancelled).
     */
    static EventBadge of(EventType type, String status, LocalDateTime start, LocalDateTime end, LocalDateTime now) {
        boolean ended = end != null && !end.isAfter(now);
        if (type == EventType.INCIDENT) {
            return ended ? RESOLVED : ONGOING;
        }
        if (EventStatus.CANCELLED.equals(status)) {
            return CANCELLED;
        }
        boolean maintenance = type == EventType.MAINTENANCE;
        if (ended || EventStatus.COMPLETED.equals(status)) {
            return maintenance ? COMPLETED : ENDED;
        }
        if (start.isAfter(now)) {
            return PLANNED;
        }
        return maintenance ? IN_PROGRESS : ACTIVE;
    }
}
