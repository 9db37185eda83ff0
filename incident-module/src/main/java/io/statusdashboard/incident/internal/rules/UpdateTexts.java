package io.statusdashboard.incident.internal.rules;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.TimelineText;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the automatic timeline entries in the stored format that {@link TimelineText} describes and
 * reads back (the original dashboards' format, so that their rows and ours read alike).
 */
public final class UpdateTexts {

    /** The entries of a maintenance's and an announcement's life, worded as status-dashboard-v3 writes them. */
    public static final String MAINTENANCE_PLANNED = TimelineText.Sentence.MAINTENANCE_PLANNED.text();
    static final String MAINTENANCE_REQUESTED = TimelineText.Sentence.MAINTENANCE_REQUESTED.text();
    static final String MAINTENANCE_IN_PROGRESS = TimelineText.Sentence.MAINTENANCE_IN_PROGRESS.text();
    static final String MAINTENANCE_COMPLETED = TimelineText.Sentence.MAINTENANCE_COMPLETED.text();
    static final String INFO_PLANNED = TimelineText.Sentence.INFO_PLANNED.text();
    public static final String INCIDENT_DETECTED = TimelineText.Sentence.INCIDENT_DETECTED.text();
    /** What a system incident opened through API v2 says when its poster gave no description. */
    public static final String SYSTEM_INCIDENT_DESCRIPTION = TimelineText.Sentence.SYSTEM_INCIDENT_DESCRIPTION.text();
    static final String INFO_ACTIVE = TimelineText.Sentence.INFO_ACTIVE.text();
    static final String INFO_COMPLETED = TimelineText.Sentence.INFO_COMPLETED.text();

    private UpdateTexts() {}

    /** "Elastic Cloud Server (category: Compute, region: EU-DE, type: ecs)". */
    public static String label(ComponentView component) {
        if (component.attributes().isEmpty()) {
            return component.name();
        }
        return component.name() + new TreeMap<>(component.attributes()).entrySet().stream()
                .map(pair -> pair.getKey() + ": " + pair.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }

    public static String added(ComponentView component, String incidentTitle) {
        return label(component) + " added to " + incidentTitle;
    }

    public static String movedTo(ComponentView component, long incidentId, String incidentTitle, boolean closing) {
        return label(component) + " moved to " + link(incidentId, incidentTitle)
                + (closing ? ", incident closed by system" : "");
    }

    public static String movedFrom(ComponentView component, long incidentId, String incidentTitle) {
        return label(component) + " moved from " + link(incidentId, incidentTitle);
    }

    public static String impactChanged(Impact from, Impact to) {
        return "impact changed from " + from.label() + " to " + to.label();
    }

    static String link(long incidentId, String title) {
        return "<a href='/incidents/" + incidentId + "'>" + escape(title) + "</a>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
