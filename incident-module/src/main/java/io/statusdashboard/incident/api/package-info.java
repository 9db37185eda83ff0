/**
 * What other modules may use of incidents and maintenances: query interfaces, immutable views
 * that carry component ids (never catalog entities), and the rules that read them, such as which
 * event a component's status icon shows.
 */
package io.statusdashboard.incident.api;
