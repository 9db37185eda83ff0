package io.statusdashboard.incident.api;

import java.util.Map;
import java.util.Objects;

/**
 * What a monitoring system reports about one component: it is degraded at this impact.
 *
 * @param componentName and {@code attributes} find the component by the catalog's lookup rule
 * @param impact minor, major or outage; maintenance is scheduled by operators, never reported
 * @param title the title of an incident the report opens
 */
public record StatusReport(String componentName, Map<String, String> attributes, Impact impact, String title) {

    public static final String DEFAULT_TITLE = "Incident";

    public StatusReport {
        Objects.requireNonNull(componentName, "componentName");
        Objects.requireNonNull(impact, "impact");
        if (impact == Impact.MAINTENANCE) {
            throw new IllegalArgumentException("monitoring cannot report a maintenance");
        }
        attributes = Map.copyOf(attributes);
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title;
    }
}
