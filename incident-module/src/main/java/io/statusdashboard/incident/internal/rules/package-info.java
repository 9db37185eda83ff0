/**
 * The incident module's domain rules, as pure functions of plain values: what a status report
 * does ({@link io.statusdashboard.incident.internal.rules.StatusReportRule}), which components an
 * opening moves, the checks operators' and API v2's writes must pass, what the maintenance clock
 * writes, availability, and the wording of automatic timeline entries. The rule here: plain Java
 * over the {@code incident.api} and {@code catalog.api} values, no JPA, CDI, transactions or other
 * container API, and nothing of the other {@code incident.internal} packages; so every rule is
 * unit-tested without a container or a database ({@code ModuleBoundariesTest} checks it).
 */
package io.statusdashboard.incident.internal.rules;
