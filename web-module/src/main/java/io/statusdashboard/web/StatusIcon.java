package io.statusdashboard.web;

import io.statusdashboard.incident.api.EventView;

/**
 * The icons of the legend, one per state a component can show: a Bootstrap Icons class and the
 * dashboard's colour class, whose colours keep 3:1 against the page in light and dark mode.
 */
public enum StatusIcon {
    OPERATIONAL("bi-check-circle-fill status-operational", "Operational"),
    MAINTENANCE("bi-tools status-maintenance", "Maintenance"),
    MINOR("bi-exclamation-circle-fill status-minor", "Minor incident"),
    MAJOR("bi-exclamation-triangle-fill status-major", "Major incident"),
    OUTAGE("bi-x-circle-fill status-outage", "Outage"),
    PLANNED_MAINTENANCE("bi-calendar-event status-maintenance", "Planned maintenance");

    private final String cssClass;
    private final String label;

    StatusIcon(String cssClass, String label) {
        this.cssClass = cssClass;
        this.label = label;
    }

    public String getCssClass() {
        return cssClass;
    }

    public String getLabel() {
        return label;
    }

    /** The key of its words in the page bundle ({@code #{msg}}), for the visitor's language. */
    public String getKey() {
        return "icon." + name();
    }

    /** The icon of an active event. */
    public static StatusIcon of(EventView event) {
        if (event.isMaintenance()) {
            return MAINTENANCE;
        }
        return switch (event.impact()) {
            case MAINTENANCE, MINOR -> MINOR;
            case MAJOR -> MAJOR;
            case OUTAGE -> OUTAGE;
        };
    }
}
