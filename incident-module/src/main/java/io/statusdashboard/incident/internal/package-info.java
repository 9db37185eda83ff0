/**
 * The incident module's implementation, in three layers: {@code rules} (the domain rules, plain
 * Java), {@code persistence} (JPA entities, queries and the lock row) and {@code transactions}
 * (the container's beans that implement {@code incident.api} by combining the other two).
 */
package io.statusdashboard.incident.internal;
