package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.web.platform.database.DashboardDatabase;
import io.statusdashboard.web.subscription.DeliveryView;
import io.statusdashboard.web.subscription.RegistrationOutcome;
import io.statusdashboard.web.subscription.WebhookRegistration;
import io.statusdashboard.web.subscription.WebhookTargetsFollowed;
import io.statusdashboard.web.subscription.WebhookView;
import io.statusdashboard.web.subscription.Webhooks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The endpoints, stored with plain JDBC on the application's datasource: four small tables need
 * no persistence unit of their own. The secret is 32 random bytes, hex-encoded; it is stored as
 * it is (the sender needs it to sign) and never written to the log.
 */
@ApplicationScoped
public class JdbcWebhooks implements Webhooks {

    static final int DESCRIPTION_MAX = 500;
    private static final Logger LOG = Logger.getLogger(JdbcWebhooks.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @DashboardDatabase
    private DataSource dataSource;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private SubscriptionSettings settings;

    @Override
    @Transactional
    public RegistrationOutcome register(WebhookRegistration registration, String registeredBy) {
        Optional<RegistrationOutcome.Refused> refused = check(registration);
        if (refused.isPresent()) {
            return refused.get();
        }
        String secret = newSecret();
        LocalDateTime now = OutboxTime.now();
        String description = registration.description() == null || registration.description().isBlank()
                ? null : registration.description().strip();
        long id;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO webhook_subscription"
                    + " (url, description, secret, enabled, created_at, created_by) VALUES (?, ?, ?, TRUE, ?, ?)",
                    new String[] {"id"})) {
                insert.setString(1, registration.url().strip());
                insert.setString(2, description);
                insert.setString(3, secret);
                insert.setObject(4, now);
                insert.setString(5, registeredBy);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement target = connection.prepareStatement(
                    "INSERT INTO webhook_subscription_target (subscription_id, region, component_id) VALUES (?, ?, ?)")) {
                for (String region : new LinkedHashSet<>(registration.regions())) {
                    target.setLong(1, id);
                    target.setString(2, region);
                    target.setObject(3, null);
                    target.addBatch();
                }
                for (Integer componentId : new LinkedHashSet<>(registration.componentIds())) {
                    target.setLong(1, id);
                    target.setString(2, null);
                    target.setInt(3, componentId);
                    target.addBatch();
                }
                target.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("webhook not stored", e);
        }
        WebhookView stored = new WebhookView(id, registration.url().strip(), new WebhookTargetsFollowed(
                Set.copyOf(registration.regions()), Set.copyOf(registration.componentIds())), description, true, null,
                now, registeredBy);
        LOG.info(() -> String.format("%s registered webhook %d to %s", registeredBy, id, host(stored.url())));
        return new RegistrationOutcome.Registered(stored, secret);
    }

    private Optional<RegistrationOutcome.Refused> check(WebhookRegistration registration) {
        Optional<String> target = settings.targets().refusal(registration.url() == null ? null : registration.url().strip());
        if (target.isPresent()) {
            return Optional.of(new RegistrationOutcome.Refused("url", target.get()));
        }
        if (registration.regions().isEmpty() && registration.componentIds().isEmpty()) {
            return Optional.of(new RegistrationOutcome.Refused("targets", NO_TARGETS));
        }
        List<String> regions = catalog.regions();
        Optional<String> unknownRegion = registration.regions().stream().filter(region -> !regions.contains(region))
                .findFirst();
        if (unknownRegion.isPresent()) {
            return Optional.of(new RegistrationOutcome.Refused("targets", UNKNOWN_REGION + unknownRegion.get()));
        }
        if (!registration.componentIds().isEmpty()) {
            Set<Integer> known = catalog.components().stream().map(ComponentView::id).collect(Collectors.toSet());
            Optional<Integer> unknown = registration.componentIds().stream().filter(id -> !known.contains(id)).findFirst();
            if (unknown.isPresent()) {
                return Optional.of(new RegistrationOutcome.Refused("targets", UNKNOWN_COMPONENT + unknown.get()));
            }
        }
        if (registration.description() != null && registration.description().strip().length() > DESCRIPTION_MAX) {
            return Optional.of(new RegistrationOutcome.Refused("description", DESCRIPTION_TOO_LONG));
        }
        return Optional.empty();
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The host alone: a webhook URL's path or query often carries a token of its own, never logged. */
    static String host(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "(unreadable URL)";
        }
    }

    @Override
    public List<WebhookView> all() {
        return select(null);
    }

    @Override
    public Optional<WebhookView> find(long id) {
        return select(id).stream().findFirst();
    }

    private List<WebhookView> select(Long onlyId) {
        String where = onlyId == null ? "" : " WHERE s.id = ?";
        List<WebhookView> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT s.id, s.url, s.description, s.enabled,"
                        + " s.note, s.created_at, s.created_by, t.region, t.component_id FROM webhook_subscription s"
                        + " LEFT JOIN webhook_subscription_target t ON t.subscription_id = s.id" + where
                        + " ORDER BY s.id")) {
            if (onlyId != null) {
                query.setLong(1, onlyId);
            }
            try (ResultSet rows = query.executeQuery()) {
                long current = -1;
                Set<String> regions = new LinkedHashSet<>();
                Set<Integer> components = new LinkedHashSet<>();
                WebhookView partial = null;
                while (rows.next()) {
                    long id = rows.getLong("id");
                    if (id != current) {
                        if (partial != null) {
                            found.add(withTargets(partial, regions, components));
                        }
                        current = id;
                        regions = new LinkedHashSet<>();
                        components = new LinkedHashSet<>();
                        partial = new WebhookView(id, rows.getString("url"), new WebhookTargetsFollowed(Set.of(), Set.of()),
                                rows.getString("description"), rows.getBoolean("enabled"), rows.getString("note"),
                                rows.getObject("created_at", LocalDateTime.class), rows.getString("created_by"));
                    }
                    String region = rows.getString("region");
                    if (region != null) {
                        regions.add(region);
                    }
                    int componentId = rows.getInt("component_id");
                    if (!rows.wasNull()) {
                        components.add(componentId);
                    }
                }
                if (partial != null) {
                    found.add(withTargets(partial, regions, components));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("webhooks not read", e);
        }
        return found;
    }

    private static WebhookView withTargets(WebhookView view, Set<String> regions, Set<Integer> components) {
        return new WebhookView(view.id(), view.url(), new WebhookTargetsFollowed(regions, components),
                view.description(), view.enabled(), view.note(), view.createdAt(), view.createdBy());
    }

    @Override
    @Transactional
    public boolean delete(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM webhook_subscription WHERE id = ?")) {
            delete.setLong(1, id);
            boolean deleted = delete.executeUpdate() > 0;
            if (deleted) {
                LOG.info(() -> "Webhook " + id + " deleted");
            }
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("webhook not deleted", e);
        }
    }

    @Override
    public List<DeliveryView> recentDeliveries(long webhookId, int limit) {
        List<DeliveryView> deliveries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id, delivery_key, event_id, change_kind,"
                        + " state, attempts, last_result, created_at, last_attempt_at, next_attempt_at, delivered_at"
                        + " FROM webhook_delivery WHERE subscription_id = ? ORDER BY id DESC LIMIT ?")) {
            query.setLong(1, webhookId);
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    deliveries.add(new DeliveryView(rows.getLong("id"), rows.getString("delivery_key"),
                            rows.getLong("event_id"), rows.getString("change_kind"), rows.getString("state"),
                            rows.getInt("attempts"), rows.getString("last_result"),
                            rows.getObject("created_at", LocalDateTime.class),
                            rows.getObject("last_attempt_at", LocalDateTime.class),
                            rows.getObject("next_attempt_at", LocalDateTime.class),
                            rows.getObject("delivered_at", LocalDateTime.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("deliveries not read", e);
        }
        return deliveries;
    }
}
