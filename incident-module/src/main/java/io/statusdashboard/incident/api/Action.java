package io.statusdashboard.incident.api;

/**
 * What a caller asks to do, as the role table of the maintenance review flow names
 * it; {@link AccessRules} says who may.
 */
public enum Action {
    /** Request or schedule a maintenance window (a creator's waits for review). */
    CREATE_MAINTENANCE,
    /** Change or cancel a maintenance still waiting for review. */
    EDIT_PENDING_MAINTENANCE,
    /** Change or cancel a maintenance once it was reviewed (reviewed, planned, in progress, ...). */
    EDIT_REVIEWED_MAINTENANCE,
    /** Approve a maintenance request: pending review becomes reviewed. */
    APPROVE_MAINTENANCE,
    /** Incidents, announcements, extract, timeline texts and the catalog's components. */
    RUN_INCIDENTS,
    /** See requests waiting for review, who asked and their contact, and the operators' activity. */
    REVIEW_REQUESTS,
    /** Report a component's status through API v1 ({@code POST /v1/component_status}). */
    REPORT_STATUS,
    /** Open or join the shared system incident: {@code POST /v2/events} with {@code "system": true}. */
    OPEN_SYSTEM_INCIDENT
}
