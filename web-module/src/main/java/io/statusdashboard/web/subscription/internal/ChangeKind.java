package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UpdateView;
import java.util.List;
import java.util.Locale;

/**
 * What a change did to an event, as the payload's {@code change} names it, read from the event as
 * the change left it: its timeline's newest entry says what was added last. Receivers route on it
 * (page someone on {@code opened}, close a ticket on {@code resolved}); the event itself is in the
 * payload whatever the kind.
 */
public final class ChangeKind {

    public static final String OPENED = "opened";
    public static final String UPDATED = "updated";
    public static final String IMPACT_CHANGED = "impact_changed";
    public static final String RESOLVED = "resolved";
    public static final String REOPENED = "reopened";

    /** The automatic entry a status report writes when it raises an incident's impact. */
    private static final String AUTOMATIC_IMPACT_CHANGE = "impact changed";

    private ChangeKind() {}

    public static String of(EventView event) {
        List<UpdateView> timeline = event.timelineAsWritten();
        if (timeline.size() <= 1) {
            return OPENED;
        }
        UpdateView latest = timeline.get(timeline.size() - 1);
        String status = latest.status() == null ? "" : latest.status();
        if (event.isIncident()) {
            return switch (status) {
                case EventStatus.RESOLVED -> RESOLVED;
                case EventStatus.REOPENED -> REOPENED;
                case EventStatus.IMPACT_CHANGED -> IMPACT_CHANGED;
                case EventStatus.SYSTEM -> latest.text() != null && latest.text().startsWith(AUTOMATIC_IMPACT_CHANGE)
                        ? IMPACT_CHANGED : UPDATED;
                default -> UPDATED;
            };
        }
        if (EventStatus.isStatus(status)) {
            // A maintenance's or announcement's transition: maintenance_in_progress, maintenance_completed, info_active...
            return event.type().columnValue() + "_" + status.toLowerCase(Locale.ROOT).replace(' ', '_');
        }
        return UPDATED;
    }
}
