package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.web.platform.cache.SharedCounters;
import io.statusdashboard.web.platform.database.DashboardDatabase;
import io.statusdashboard.web.platform.database.DatabaseScope;
import io.statusdashboard.web.subscription.MailSubscriptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.cache.CacheManager;
import javax.sql.DataSource;

/**
 * The e-mail subscriptions in the database. Subscribing stores the subscription unconfirmed with a
 * confirmation mail in the outbox ({@code mail_delivery}), in one transaction; the sender makes the
 * mail's tokens when it sends it. A new request for an address replaces its unconfirmed ones, and
 * a confirmation replaces its other subscriptions, so an address has one subscription in effect and
 * nobody changes what an address receives without its owner's click.
 */
@ApplicationScoped
public class JdbcMailSubscriptions implements MailSubscriptions {

    /** How long a confirmation link works. */
    static final Duration CONFIRM_WITHIN = Duration.ofDays(7);
    private static final String COUNTS = "status-dashboard-subscribe-limits-";
    /** The same bound as the data grid's default, for an installation without one. */
    private static final int LOCAL_CAPACITY = 10_000;
    private static final Logger LOG = Logger.getLogger(JdbcMailSubscriptions.class.getName());

    @Inject
    @DashboardDatabase
    private DataSource dataSource;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private SubscriptionSettings settings;

    @Inject
    private WebhookSender sender;

    private SubscribeLimits limits;

    @Inject
    private Instance<CacheManager> cacheManagers;

    /**
     * The counters live in the data grid, so a cluster allows the limits once, not once per
     * instance. The cache is opened while the application starts: one opened while a page renders
     * keeps that request's context, which Payara's JCache re-enters on every later call and which
     * fails once the request's EntityManager is closed ("operation on a closed EntityManager", met
     * on the subscribe page).
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        SharedCounters counts = SharedCounters.open(cacheManagers, COUNTS, DatabaseScope.current(),
                SubscribeLimits.WINDOW, true, LOCAL_CAPACITY, LOG);
        limits = new SubscribeLimits(counts, Clock.systemUTC());
    }

    @Override
    public boolean enabled() {
        return settings.mailEnabled();
    }

    @Override
    @Transactional
    public Outcome subscribe(String address, Set<String> regions, Set<Integer> componentIds, String client,
            String language) {
        if (!settings.mailEnabled()) {
            return Outcome.OFF;
        }
        Optional<String> stored = MailAddress.normalised(address);
        // Counted before anything else is checked: refused requests use up the allowance too.
        if (!limits.admit(MailTokens.hash(String.valueOf(client)),
                stored.map(value -> MailTokens.hash(value.toLowerCase(java.util.Locale.ROOT))).orElse(null))) {
            return Outcome.TOO_MANY;
        }
        if (stored.isEmpty()) {
            return Outcome.BAD_ADDRESS;
        }
        List<ComponentView> components = catalog.components();
        Set<String> knownRegions = new TreeSet<>(ComponentView.regionsOf(components));
        Set<Integer> knownIds = components.stream().map(ComponentView::id).collect(Collectors.toSet());
        Set<String> followedRegions = regions.stream().filter(knownRegions::contains).collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> followedIds = componentIds.stream().filter(knownIds::contains).collect(Collectors.toCollection(TreeSet::new));
        if (followedRegions.isEmpty() && followedIds.isEmpty()) {
            return Outcome.NO_TARGETS;
        }
        LocalDateTime now = OutboxTime.now();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM mail_subscription WHERE address = ? AND confirmed_at IS NULL")) {
                delete.setString(1, stored.get());
                delete.executeUpdate();
            }
            long id;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mail_subscription (address, language,"
                    + " created_at) VALUES (?, ?, ?)", new String[] {"id"})) {
                insert.setString(1, stored.get());
                insert.setString(2, language == null || language.isBlank() ? "en" : language);
                insert.setObject(3, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO mail_subscription_target (subscription_id, region, component_id) VALUES (?, ?, ?)")) {
                for (String region : followedRegions) {
                    insert.setLong(1, id);
                    insert.setString(2, region);
                    insert.setNull(3, java.sql.Types.INTEGER);
                    insert.addBatch();
                }
                for (int componentId : followedIds) {
                    insert.setLong(1, id);
                    insert.setNull(2, java.sql.Types.VARCHAR);
                    insert.setInt(3, componentId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mail_delivery (subscription_id, kind,"
                    + " state, attempts, created_at, next_attempt_at) VALUES (?, ?, 'pending', 0, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, MailTokens.CONFIRM);
                insert.setObject(3, now);
                insert.setObject(4, now);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subscription not stored", e);
        }
        sender.soon();
        return Outcome.SUBSCRIBED;
    }

    @Override
    @Transactional
    public boolean confirm(String token) {
        if (!MailTokens.wellFormed(token)) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            long id;
            try (PreparedStatement query = connection.prepareStatement("SELECT subscription_id FROM mail_token"
                    + " WHERE token_hash = ? AND purpose = ? AND created_at > ?")) {
                query.setString(1, MailTokens.hash(token));
                query.setString(2, MailTokens.CONFIRM);
                query.setObject(3, OutboxTime.now().minus(CONFIRM_WITHIN));
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return false;
                    }
                    id = rows.getLong(1);
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE mail_subscription SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL")) {
                update.setObject(1, OutboxTime.now());
                update.setLong(2, id);
                if (update.executeUpdate() == 0) {
                    return true; // confirmed before: the link was opened twice
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mail_subscription WHERE id <> ?"
                    + " AND address = (SELECT address FROM mail_subscription WHERE id = ?)")) {
                delete.setLong(1, id);
                delete.setLong(2, id);
                delete.executeUpdate();
            }
            LOG.info(() -> "Mail subscription " + id + " confirmed");
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("subscription not confirmed", e);
        }
    }

    @Override
    @Transactional
    public boolean unsubscribe(String token) {
        if (!MailTokens.wellFormed(token)) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM mail_subscription WHERE id ="
                        + " (SELECT subscription_id FROM mail_token WHERE token_hash = ?)")) {
            delete.setString(1, MailTokens.hash(token));
            boolean ended = delete.executeUpdate() > 0;
            if (ended) {
                LOG.info("A mail subscription was ended by its unsubscribe link");
            }
            return ended;
        } catch (SQLException e) {
            throw new IllegalStateException("subscription not ended", e);
        }
    }

    @Override
    public long confirmedCount() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM mail_subscription WHERE confirmed_at IS NOT NULL");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("subscriptions not counted", e);
        }
    }
}
