/**
 * Webhook subscriptions: operators register endpoints that hear of every change of the events
 * they follow, signed, retried, sent from an outbox written in the change's own transaction. What
 * the API and the operator page use is here; how it is stored and sent is in {@code internal},
 * which nothing outside this package uses.
 */
package io.statusdashboard.web.subscription;
