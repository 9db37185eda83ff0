/**
 * The incident module's implementation: JPA entities over the stackmon tables {@code incident},
 * {@code incident_status} and {@code incident_component_relation}. Components are kept as ids;
 * the catalog's entities are never mapped here.
 */
package io.statusdashboard.incident.internal;
