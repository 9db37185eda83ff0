package io.statusdashboard.incident.internal;

/** What to do with one status report, decided over a snapshot of the active events. */
sealed interface StatusDecision {

    /** The component is under maintenance: nothing changes, the maintenance is the answer. */
    record KeepMaintenance(long maintenanceId) implements StatusDecision {}

    /** An operator's incident, or a system incident of at least this impact, already holds it. */
    record Conflict(long incidentId) implements StatusDecision {}

    /** Join the active system incident of the reported impact. */
    record AddToIncident(long incidentId) implements StatusDecision {}

    /** No system incident of this impact is active: open one. */
    record OpenIncident() implements StatusDecision {}

    /** Escalate by moving into the system incident of the higher impact, closing the old one if it empties. */
    record MoveToIncident(long fromId, long toId, boolean closeFrom) implements StatusDecision {}

    /** Escalate a system incident that holds only this component by raising its impact. */
    record RaiseImpact(long incidentId) implements StatusDecision {}

    /** Escalate by moving out of a shared system incident into a new one of the higher impact. */
    record MoveToNewIncident(long fromId) implements StatusDecision {}
}
