package io.statusdashboard.incident.api;

import java.util.List;

/** The statuses an operator's update can give an event (SPEC §3), as stored in {@code incident_status.status}. */
public final class EventStatus {

    public static final String ANALYZING = "analyzing";
    public static final String FIXING = "fixing";
    public static final String IMPACT_CHANGED = "impact changed";
    public static final String OBSERVING = "observing";
    public static final String RESOLVED = "resolved";
    public static final String REOPENED = "reopened";
    public static final String CHANGED = "changed";
    public static final String IN_PROGRESS = "in progress";
    public static final String MODIFIED = "modified";
    public static final String COMPLETED = "completed";
    public static final String SYSTEM = "SYSTEM";

    private EventStatus() {}

    /** What an operator may choose for an event of this type, open or closed. */
    public static List<String> choicesFor(EventType type, boolean closed) {
        if (type == EventType.MAINTENANCE) {
            return List.of(IN_PROGRESS, MODIFIED, COMPLETED);
        }
        return closed ? List.of(REOPENED, CHANGED) : List.of(ANALYZING, FIXING, IMPACT_CHANGED, OBSERVING, RESOLVED);
    }
}
