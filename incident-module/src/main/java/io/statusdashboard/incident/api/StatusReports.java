package io.statusdashboard.incident.api;

/**
 * Takes component health from monitoring and opens, merges and escalates system incidents.
 * Decisions are serialised through the database, so that on one instance or several sharing it,
 * no two active system incidents have the same impact and no component is in two of them.
 */
public interface StatusReports {

    StatusReportOutcome report(StatusReport report);
}
