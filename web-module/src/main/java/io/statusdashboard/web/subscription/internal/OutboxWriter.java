package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.EventsChanged;
import io.statusdashboard.web.PublicUrl;
import io.statusdashboard.web.Publication;
import io.statusdashboard.web.platform.database.DashboardDatabase;
import io.statusdashboard.web.subscription.DeliveryView;
import io.statusdashboard.web.subscription.WebhookTargetsFollowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes the outbox, in two steps.
 *
 * <p>In the change's transaction: the incident module fires {@link EventsChanged} inside its write
 * transactions; {@link #record} has no transaction phase, so it runs right there and, when any
 * endpoint is enabled, stores one {@code webhook_change} row per changed event on the same
 * datasource, enlisted in the same transaction. The change and its record commit together or not
 * at all: no change goes unannounced because an instance stopped right after its commit, and
 * nothing is announced that was rolled back. The write pays one indexed query, and an insert when
 * endpoints exist; it never waits for a receiver.
 *
 * <p>After the commit, {@link #expand} (run by the sender) turns each recorded change into one
 * delivery per endpoint that follows the event, with the payload, and deletes the record, in one
 * transaction that locks the records it takes ({@code FOR UPDATE SKIP LOCKED}): one instance
 * expands each change, once. It reads the event then, committed: the incident module's reads do
 * not see a transaction's own uncommitted writes (they are read-only queries), which is why the
 * payload is not built inside the change's transaction.
 *
 * <p>The same records feed the e-mail subscriptions: with mail on, a change is recorded when an
 * endpoint or a confirmed address listens, and expanded into mails as well as deliveries.
 *
 * <p>An event the public may not see (a maintenance waiting for review) is never delivered:
 * {@link Publication#isPublic} decides, the rule the feeds and the Statuspage JSON follow.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final int CHANGES_PER_EXPANSION = 100;

    @Inject
    @DashboardDatabase
    private DataSource dataSource;

    @Inject
    private EventQueries events;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private WebhookSender sender;

    @Inject
    private SubscriptionSettings settings;

    void record(@Observes EventsChanged changed) {
        if (changed.eventIds().isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            // One query either way: is anyone listening, an endpoint or (with mail on) a confirmed address?
            try (PreparedStatement query = connection.prepareStatement(settings.mailEnabled()
                    ? "SELECT id FROM webhook_subscription WHERE enabled = TRUE"
                            + " UNION ALL SELECT id FROM mail_subscription WHERE confirmed_at IS NOT NULL LIMIT 1"
                    : "SELECT id FROM webhook_subscription WHERE enabled = TRUE LIMIT 1");
                    ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return;
                }
            }
            LocalDateTime now = OutboxTime.now();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO webhook_change (event_id, changed_at) VALUES (?, ?)")) {
                for (long eventId : new LinkedHashSet<>(changed.eventIds())) {
                    insert.setLong(1, eventId);
                    insert.setObject(2, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            // Rolls the change back with its record: see the class comment.
            throw new IllegalStateException("event change not recorded for webhooks", e);
        }
    }

    /** After the change committed, the sender looks at once instead of at its next round. */
    void sendSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsChanged changed) {
        sender.soon();
    }

    /**
     * Turns recorded changes into deliveries, oldest first; answers how many changes it took (at
     * most {@value #CHANGES_PER_EXPANSION}; the sender calls again while there are that many).
     */
    @Transactional
    public int expand(LocalDateTime now) {
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, Object[]> changes = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, event_id, changed_at FROM webhook_change"
                    + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                query.setInt(1, CHANGES_PER_EXPANSION);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        changes.put(rows.getLong(1), new Object[] {rows.getLong(2),
                                rows.getObject(3, LocalDateTime.class)});
                    }
                }
            }
            if (changes.isEmpty()) {
                return 0;
            }
            Map<Long, WebhookTargetsFollowed> endpoints = enabledEndpoints(connection);
            Map<Integer, ComponentView> components = catalog.componentsById();
            Map<Integer, String> regions = new HashMap<>();
            components.values().forEach(component -> {
                if (component.region() != null) {
                    regions.put(component.id(), component.region());
                }
            });
            Optional<String> link = publicUrl.base();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_delivery (subscription_id,"
                    + " delivery_key, event_id, change_kind, payload, state, attempts, created_at, next_attempt_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
                for (Object[] change : changes.values()) {
                    long eventId = (Long) change[0];
                    LocalDateTime changedAt = (LocalDateTime) change[1];
                    Optional<EventView> event = events.find(eventId).filter(Publication::isPublic);
                    if (event.isEmpty()) {
                        continue;
                    }
                    String kind = ChangeKind.of(event.get());
                    for (Map.Entry<Long, WebhookTargetsFollowed> endpoint : endpoints.entrySet()) {
                        if (!endpoint.getValue().follows(event.get().componentIds(), regions)) {
                            continue;
                        }
                        String deliveryId = UUID.randomUUID().toString();
                        insert.setLong(1, endpoint.getKey());
                        insert.setString(2, deliveryId);
                        insert.setLong(3, eventId);
                        insert.setString(4, kind);
                        insert.setString(5, WebhookPayload.of(deliveryId, kind, event.get(), changedAt, components, link));
                        insert.setString(6, DeliveryView.PENDING);
                        insert.setObject(7, changedAt);
                        insert.setObject(8, now);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            if (settings.mailEnabled()) {
                expandMail(connection, changes.values(), regions, now);
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM webhook_change WHERE id = ?")) {
                for (long id : changes.keySet()) {
                    delete.setLong(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            return changes.size();
        } catch (SQLException e) {
            throw new IllegalStateException("webhook deliveries not written", e);
        }
    }

    /**
     * One mail per change and confirmed subscription following the event, in the same transaction
     * as the webhook deliveries; the mail itself is written when it is sent ({@link MailSender}).
     */
    private void expandMail(Connection connection, Collection<Object[]> changes, Map<Integer, String> regions,
            LocalDateTime now) throws SQLException {
        Map<Long, WebhookTargetsFollowed> subscriptions = followed(connection, "SELECT t.subscription_id, t.region,"
                + " t.component_id FROM mail_subscription_target t JOIN mail_subscription s ON s.id = t.subscription_id"
                + " WHERE s.confirmed_at IS NOT NULL");
        if (subscriptions.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mail_delivery (subscription_id, kind,"
                + " event_id, state, attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, 0, ?, ?)")) {
            for (Object[] change : changes) {
                long eventId = (Long) change[0];
                Optional<EventView> event = events.find(eventId).filter(Publication::isPublic);
                if (event.isEmpty()) {
                    continue;
                }
                String kind = ChangeKind.of(event.get());
                for (Map.Entry<Long, WebhookTargetsFollowed> subscription : subscriptions.entrySet()) {
                    if (subscription.getValue().follows(event.get().componentIds(), regions)) {
                        insert.setLong(1, subscription.getKey());
                        insert.setString(2, kind);
                        insert.setLong(3, eventId);
                        insert.setString(4, DeliveryView.PENDING);
                        insert.setObject(5, change[1]);
                        insert.setObject(6, now);
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static Map<Long, WebhookTargetsFollowed> enabledEndpoints(Connection connection) throws SQLException {
        return followed(connection, "SELECT t.subscription_id, t.region, t.component_id"
                + " FROM webhook_subscription_target t JOIN webhook_subscription s ON s.id = t.subscription_id"
                + " WHERE s.enabled = TRUE");
    }

    /** What each subscription of a query's (id, region, component id) rows follows. */
    private static Map<Long, WebhookTargetsFollowed> followed(Connection connection, String sql) throws SQLException {
        Map<Long, Set<String>> regions = new LinkedHashMap<>();
        Map<Long, Set<Integer>> components = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                regions.computeIfAbsent(id, key -> new LinkedHashSet<>());
                components.computeIfAbsent(id, key -> new LinkedHashSet<>());
                String region = rows.getString(2);
                if (region != null) {
                    regions.get(id).add(region);
                }
                int componentId = rows.getInt(3);
                if (!rows.wasNull()) {
                    components.get(id).add(componentId);
                }
            }
        }
        Map<Long, WebhookTargetsFollowed> endpoints = new LinkedHashMap<>();
        regions.forEach((id, followed) -> endpoints.put(id, new WebhookTargetsFollowed(followed, components.get(id))));
        return endpoints;
    }
}
