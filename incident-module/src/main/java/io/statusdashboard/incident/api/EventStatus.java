package io.statusdashboard.incident.api;

import java.util.List;

/**
 * The statuses of an event's timeline, as stored in {@code incident_status.status}: those an operator's
 * update can give (which ones depend on the type and on whether the event is closed, see
 * {@link #choicesFor}), those the maintenance clock writes ({@link #PLANNED}, {@link #IN_PROGRESS},
 * {@link #COMPLETED}, and {@link #ACTIVE} for announcements), and {@link #SYSTEM} for the entries the
 * monitoring API writes.
 */
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
    public static final String PLANNED = "planned";
    public static final String CANCELLED = "cancelled";
    /** An announcement (info event) whose time has come. */
    public static final String ACTIVE = "active";
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
