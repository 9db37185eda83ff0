/**
 * Storage (plain JDBC on the application's datasource), the outbox writer that observes event
 * changes inside their transaction, the sender, and the rules they follow (signature, retries,
 * allowed targets, change kinds, payload), the rules as plain Java.
 */
package io.statusdashboard.web.subscription.internal;
