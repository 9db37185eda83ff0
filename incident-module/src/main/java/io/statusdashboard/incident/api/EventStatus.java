package io.statusdashboard.incident.api;

import java.util.List;
import java.util.Set;

/**
 * The statuses of an event's timeline, as stored in {@code incident_status.status}: those an operator's
 * update can give (which ones depend on the type and on whether the event is closed, see
 * {@link #choicesFor}), those the maintenance clock writes ({@link #PLANNED}, {@link #IN_PROGRESS},
 * {@link #COMPLETED}, and {@link #ACTIVE} for announcements), and {@link #SYSTEM} for the entries the
 * monitoring API writes. status-dashboard-v3 adds its own ({@link #DETECTED}, {@link #ANALYSING},
 * {@link #CANCELLED}); API v2 filters on {@link #FILTERABLE}.
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
    public static final String DETECTED = "detected";
    /** status-dashboard-v3's spelling; rows of the Flask dashboard say {@link #ANALYZING}. */
    public static final String ANALYSING = "analysing";
    /** A creator's maintenance request, waiting for an operator; visitors never see it. */
    public static final String PENDING_REVIEW = "pending review";
    /** Approved by an operator; the maintenance clock makes it {@link #PLANNED} at its next pass. */
    public static final String REVIEWED = "reviewed";

    /** Maintenances in these are not published: visitors, feeds and anonymous API reads never see them. */
    public static final Set<String> UNPUBLISHED = Set.of(PENDING_REVIEW, REVIEWED);

    /** What API v2 lists may filter on, as status-dashboard-v3 accepts it (not an info event's "active"). */
    public static final Set<String> FILTERABLE = Set.of(PENDING_REVIEW, REVIEWED, PLANNED, IN_PROGRESS, MODIFIED, COMPLETED, CANCELLED,
            DETECTED, ANALYSING, FIXING, IMPACT_CHANGED, OBSERVING, RESOLVED, REOPENED, CHANGED);

    /** An event in one of these is over, even while its end still lies ahead. */
    public static final Set<String> FINISHED = Set.of(RESOLVED, COMPLETED, CANCELLED);

    /**
     * Stored values that give an event no status: automatic notes, v1 description rows, and the
     * empty status status-dashboard-v3 leaves on the events its "extract" makes.
     */
    public static final Set<String> NOT_A_STATUS = Set.of("", SYSTEM, UpdateView.DESCRIPTION_STATUS);

    private EventStatus() {}

    /** True for a value that says where an event stands, false for {@link #NOT_A_STATUS} and null. */
    public static boolean isStatus(String status) {
        return status != null && !NOT_A_STATUS.contains(status);
    }

    /** What an operator may choose for an event of this type, open or closed. */
    public static List<String> choicesFor(EventType type, boolean closed) {
        if (type == EventType.MAINTENANCE) {
            return List.of(IN_PROGRESS, MODIFIED, COMPLETED);
        }
        return closed ? List.of(REOPENED, CHANGED) : List.of(ANALYZING, FIXING, IMPACT_CHANGED, OBSERVING, RESOLVED);
    }
}
