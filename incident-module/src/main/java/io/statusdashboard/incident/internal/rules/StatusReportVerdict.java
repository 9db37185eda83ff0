package io.statusdashboard.incident.internal.rules;

/**
 * What to do with one status report, decided over a snapshot of the active events: the value
 * {@link StatusReportRule} answers and the status-report transaction carries out.
 */
public sealed interface StatusReportVerdict {

    /**
     * Whether carrying it out writes nothing: the component stays in its maintenance, or an
     * incident already covers it. Such a verdict needs neither the lock nor the other events.
     */
    default boolean changesNothing() {
        return this instanceof KeepMaintenance || this instanceof Conflict;
    }

    /** The component is under maintenance: nothing changes, the maintenance is the answer. */
    record KeepMaintenance(long maintenanceId) implements StatusReportVerdict {}

    /** An operator's incident, or a system incident of at least this impact, already holds it. */
    record Conflict(long incidentId) implements StatusReportVerdict {}

    /** Join the active system incident of the reported impact. */
    record AddToIncident(long incidentId) implements StatusReportVerdict {}

    /** No system incident of this impact is active: open one. */
    record OpenIncident() implements StatusReportVerdict {}

    /** Escalate by moving into the system incident of the higher impact, closing the old one if it empties. */
    record MoveToIncident(long fromId, long toId, boolean closeFrom) implements StatusReportVerdict {}

    /** Escalate a system incident that holds only this component by raising its impact. */
    record RaiseImpact(long incidentId) implements StatusReportVerdict {}

    /** Escalate by moving out of a shared system incident into a new one of the higher impact. */
    record MoveToNewIncident(long fromId) implements StatusReportVerdict {}
}
