package io.statusdashboard.incident.api;

/** The worst thing that happened to a component on one day, mildest first. */
public enum DayStatus {
    OPERATIONAL("no incidents"),
    MAINTENANCE("maintenance"),
    MINOR("minor issues"),
    MAJOR("partial outage"),
    OUTAGE("major outage");

    private final String label;

    DayStatus(String label) {
        this.label = label;
    }

    /** The words a day's text alternative uses. */
    public String label() {
        return label;
    }

    /**
     * What an event makes of the days it covers: a maintenance its own colour, an incident its
     * impact (an incident stored with impact 0 counts as minor, as its icon does); an announcement
     * or a cancelled maintenance nothing.
     */
    public static DayStatus of(EventSpan event) {
        if (event.type() == EventType.INFO || event.isCancelled()) {
            return OPERATIONAL;
        }
        if (event.isMaintenance()) {
            return MAINTENANCE;
        }
        return switch (event.impact()) {
            case MAINTENANCE, MINOR -> MINOR;
            case MAJOR -> MAJOR;
            case OUTAGE -> OUTAGE;
        };
    }

    public DayStatus worse(DayStatus other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
