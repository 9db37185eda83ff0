/**
 * The incident module's persistence: JPA entities over the stackmon tables {@code incident},
 * {@code incident_status} and {@code incident_component_relation}, the lock row every write that
 * moves components takes first, the reads ({@code EventQueries}) and the write paths' lookups, and
 * the database platform that keeps times in UTC. Components are kept as ids; the catalog's entities
 * are never mapped here. The rule: JPA and JPQL live here; no transaction is demarcated here (reads
 * and writes run in the caller's, if any), and the domain's decisions are left to
 * {@code incident.internal.rules}, which this package may use but which never uses it.
 */
package io.statusdashboard.incident.internal.persistence;
