package io.statusdashboard.web.status;

import io.statusdashboard.incident.api.EventView;

/** The icons of the legend, one per state a component can show (Bootstrap Icons classes). */
public enum StatusIcon {
    OPERATIONAL("bi-check-circle-fill text-success", "Operational"),
    MAINTENANCE("bi-tools text-info", "Maintenance"),
    MINOR("bi-exclamation-circle-fill text-warning", "Minor incident"),
    MAJOR("bi-exclamation-triangle-fill text-orange", "Major incident"),
    OUTAGE("bi-x-circle-fill text-danger", "Outage"),
    PLANNED_MAINTENANCE("bi-calendar-event text-info", "Planned maintenance");

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
