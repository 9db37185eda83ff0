/**
 * The incident module's container beans that put the other two layers to work: the
 * {@code @Transactional} services (operators' changes, API v2's writes, status reports, the
 * maintenance clock's pass), each of which takes the lock row, asks {@code incident.internal.rules}
 * what to do, writes through the entities of {@code incident.internal.persistence} and announces
 * the change; the implementations of {@code incident.api}'s write, report and clock interfaces
 * that call them (queueing, retrying or reporting a concurrent save); and the clock's scheduler,
 * its trigger and the module's settings. The rule: transactions are demarcated here and only here;
 * the decisions belong to {@code rules} and the mappings and JPQL to {@code persistence}.
 */
package io.statusdashboard.incident.internal.transactions;
