package io.statusdashboard.incident.api;

import io.statusdashboard.catalog.api.ComponentView;

/** How the dashboard answered a status report. */
public sealed interface StatusReportOutcome {

    /** The report was taken into account; {@code event} is the event the component is now in. */
    record Accepted(EventView event) implements StatusReportOutcome {}

    /**
     * The component is already in an incident that the report may not change: one an operator
     * opened, or a system incident of at least the reported impact.
     */
    record Conflict(ComponentView component, long existingId, String existingTitle) implements StatusReportOutcome {}

    /** No component matches the reported name and attributes; nothing was written. */
    record UnknownComponent() implements StatusReportOutcome {}
}
