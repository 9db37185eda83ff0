package io.statusdashboard.web.page.visitor;

import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** The one-line answer to a visitor's first question: how is this region doing right now? */
public enum Verdict {
    OPERATIONAL("All systems operational", "bi-check-circle-fill"),
    MAINTENANCE("Maintenance in progress", "bi-tools"),
    MINOR_ISSUES("Minor issues", "bi-exclamation-circle-fill"),
    PARTIAL_OUTAGE("Partial outage", "bi-exclamation-triangle-fill"),
    MAJOR_OUTAGE("Major outage", "bi-x-circle-fill");

    private final String words;
    private final String icon;

    Verdict(String words, String icon) {
        this.words = words;
        this.icon = icon;
    }

    public String getWords() {
        return words;
    }

    /** The key of its words in the page bundle ({@code #{msg}}), for the visitor's language. */
    public String getKey() {
        return "verdict." + name();
    }

    /** A Bootstrap Icons class. */
    public String getIcon() {
        return icon;
    }

    /** The page's colour class for this verdict, e.g. {@code verdict-partial-outage}. */
    public String getCssClass() {
        return "verdict-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The worst open incident decides; without one, a maintenance under way says so; otherwise all
     * is well. Announcements never change the verdict.
     *
     * @param incidents the region's active incidents
     * @param maintenances the region's active maintenances
     */
    public static Verdict of(Collection<EventView> incidents, Collection<EventView> maintenances) {
        return incidents.stream()
                .filter(EventView::isIncident)
                .map(EventView::impact)
                .max(Comparator.naturalOrder())
                .map(Verdict::ofImpact)
                .orElse(maintenances.stream().anyMatch(EventView::isMaintenance) ? MAINTENANCE : OPERATIONAL);
    }

    private static Verdict ofImpact(Impact impact) {
        return switch (impact) {
            case MAINTENANCE, MINOR -> MINOR_ISSUES;
            case MAJOR -> PARTIAL_OUTAGE;
            case OUTAGE -> MAJOR_OUTAGE;
        };
    }
}
