package io.statusdashboard.web.platform.cache;

import io.statusdashboard.catalog.api.CatalogChanged;
import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventsChanged;
import io.statusdashboard.web.DashboardSettings;
import io.statusdashboard.web.platform.database.DatabaseScope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.EternalExpiryPolicy;

/**
 * The cluster-wide store of rendered responses.
 *
 * <p>Keys carry a generation: a random token kept in a second, tiny cache. A change replaces the
 * token and clears the responses, on every member of the cluster. A request that was rendering
 * with the old data while the change committed stores its response under the old token, where
 * nobody looks any more, so a stale page can never outlive the change that made it stale.
 *
 * <p>Entries also end at the next scheduled transition (a maintenance starting or ending, so its
 * icon flips on time), at midnight UTC (a new day on the uptime bars) and after {@code SDB_CACHE_DEFAULT_TIMEOUT} seconds (0 turns the cache off).
 */
@ApplicationScoped
public class ResponseCache {

    private static final String RESPONSES = "status-dashboard-responses-";
    private static final String GENERATIONS = "status-dashboard-response-generation-";
    private static final String CURRENT = "current";
    private static final String FINGERPRINT = "fingerprint";
    private static final String NEXT_TRANSITION = " next-transition";

    private static final Logger LOG = Logger.getLogger(ResponseCache.class.getName());

    @Inject
    private Instance<CacheManager> cacheManagers;

    @Inject
    private EventQueries events;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private DashboardSettings settings;

    private long probeIntervalMillis;

    private final AtomicLong nextProbe = new AtomicLong();

    private final AtomicBoolean probeFailing = new AtomicBoolean();

    private long timeoutSeconds;

    private long maxAgeSeconds;

    private Cache<String, byte[]> responses;
    private Cache<String, String> generations;

    /**
     * Decoded responses this instance has served, by the same generation-prefixed keys as the data
     * grid: a hit costs a map lookup instead of copying the bytes out of Hazelcast and decoding them.
     * An entry of an old generation is never looked up again; the map is emptied when this instance
     * learns of a new generation, or when it grows past {@link #localEntries}.
     */
    private final Map<String, CachedResponse> local = new ConcurrentHashMap<>();
    private volatile KnownGeneration knownGeneration;
    private long generationRefreshNanos;
    private int localEntries;

    /** How long after its end a response may still stand in for one that cannot be rendered. */
    public static final long STALE_IF_ERROR_SECONDS = 86_400;
    private static final int LAST_GOOD_ENTRIES = 512;

    /**
     * The newest response this instance rendered or served for each request key, whatever its
     * generation: what visitors get while the database does not answer and a page cannot be
     * rendered. Kept on the instance, least recently used first out, so a crawl through years of
     * event pages cannot fill the memory.
     */
    private final Map<String, CachedResponse> lastGood = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CachedResponse> eldest) {
                    return size() > LAST_GOOD_ENTRIES;
                }
            });

    @PostConstruct
    void open() {
        probeIntervalMillis = settings.cacheProbeInterval().toMillis();
        timeoutSeconds = settings.cacheTimeoutSeconds();
        maxAgeSeconds = settings.cacheMaxAgeSeconds();
        generationRefreshNanos = settings.cacheGenerationRefresh().toNanos();
        localEntries = settings.cacheLocalEntries();
        if (timeoutSeconds <= 0) {
            LOG.info("Response cache off (SDB_CACHE_DEFAULT_TIMEOUT=0)");
            return;
        }
        if (!cacheManagers.isResolvable()) {
            LOG.warning("No JCache provider: responses are rendered for every request");
            return;
        }
        CacheManager manager = cacheManagers.get();
        responses = GridCaches.open(manager, RESPONSES, DatabaseScope.current(), new MutableConfiguration<String, byte[]>()
                .setTypes(String.class, byte[].class)
                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                        new javax.cache.expiry.Duration(TimeUnit.SECONDS, timeoutSeconds))));
        generations = GridCaches.open(manager, GENERATIONS, DatabaseScope.current(), new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class)
                .setExpiryPolicyFactory(EternalExpiryPolicy.factoryOf()));
    }

    public boolean enabled() {
        return responses != null;
    }

    /** Seconds a browser or a shared cache in front may reuse a response without asking again. */
    public long maxAgeSeconds() {
        return maxAgeSeconds;
    }

    /**
     * Forgets every response when the database changed behind the dashboard's back: an older
     * dashboard still writing to it during a migration, a script, a restore. At most one request
     * per probe interval pays for its two statements; the others do not wait.
     */
    /**
     * True when a request should probe for outside changes now ({@link #noticeOutsideChanges}): a
     * hit answered where no database may be used passes such a request on to the application.
     */
    public boolean outsideChangeProbeDue(Instant now) {
        return now.toEpochMilli() >= nextProbe.get();
    }

    public void noticeOutsideChanges(Instant now) {
        long due = nextProbe.get();
        if (now.toEpochMilli() < due || !nextProbe.compareAndSet(due, now.toEpochMilli() + probeIntervalMillis)) {
            return;
        }
        try {
            String fingerprint = catalog.fingerprint() + events.fingerprint();
            if (!fingerprint.equals(generations.get(FINGERPRINT))) {
                generations.put(FINGERPRINT, fingerprint);
                // On PostgreSQL the sequence moves while the writer commits, a moment before its
                // change is visible: a page rendered in that moment keeps the old state until the
                // next change or its expiry (SDB_CACHE_DEFAULT_TIMEOUT). Only writers other than the
                // dashboard meet this; its own writes forget the cache after their commit.
                forget();
            }
            if (probeFailing.compareAndSet(true, false)) {
                LOG.info("The database answers the probe for outside changes again");
            }
        } catch (RuntimeException e) {
            // A database that does not answer is no reason to stop serving the last known state, but
            // while it fails, changes made behind the dashboard's back stay unseen: say so once, not
            // on every probe.
            boolean first = probeFailing.compareAndSet(false, true);
            LOG.log(first ? Level.WARNING : Level.FINE, "Could not probe the database for changes made outside the dashboard;"
                    + " cached pages do not show such changes until it answers", e);
        }
    }

    /**
     * Whether the data grid still answers: false once its member stopped (Hazelcast stops it when
     * the heap runs out), after which every request that reads the grid fails until the instance
     * restarts. True without a grid (cache off, or no JCache provider).
     */
    public boolean gridAnswers() {
        return generations == null || answers(generations);
    }

    /**
     * One read of the grid. Only a stopped member counts as not answering: a read may also fail,
     * for a moment, while partitions migrate or a lost member is being removed, and a liveness
     * probe that failed then would restart every instance at once. Known by the exception's name,
     * as Hazelcast's classes are the server's, not the application's.
     */
    static boolean answers(Cache<String, String> grid) {
        try {
            grid.get(CURRENT);
            return true;
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause.getClass().getSimpleName().equals("HazelcastInstanceNotActiveException")) {
                    LOG.warning(() -> "The data grid's member stopped: " + e);
                    return false;
                }
            }
            LOG.warning(() -> "A read of the data grid failed: " + e);
            return true;
        }
    }

    /**
     * The token under which responses rendered from now on are stored. Read from the data grid at
     * most every {@code SDB_CACHE_GENERATION_REFRESH_MS}: a grid read on every hit costs more than
     * the hit itself. A change made through this instance is seen at once ({@link #forget()} sets
     * it); one made through another instance within that interval.
     */
    public String generation() {
        KnownGeneration known = knownGeneration;
        long now = System.nanoTime();
        if (known != null && now - known.readAt() < generationRefreshNanos) {
            return known.token();
        }
        String current = generations.get(CURRENT);
        if (current == null) {
            generations.putIfAbsent(CURRENT, UUID.randomUUID().toString());
            current = generations.get(CURRENT);
        }
        learn(current, now, known);
        return current;
    }

    /** Takes a generation as the current one; the local copies of the one before are of no more use. */
    private void learn(String token, long readAt, KnownGeneration before) {
        knownGeneration = new KnownGeneration(token, readAt);
        if (before != null && !before.token().equals(token)) {
            local.clear();
        }
    }

    /** Grid and local copies share one key: the generation, then the request's key. */
    static String entryKey(String generation, String key) {
        return generation + " " + key;
    }

    private record KnownGeneration(String token, long readAt) {}

    public Optional<CachedResponse> find(String generation, String key, Instant now) {
        String entry = entryKey(generation, key);
        CachedResponse response = local.get(entry);
        if (response == null || !response.isValidAt(now)) {
            byte[] stored = responses.get(entry);
            response = stored == null ? null : CachedResponse.fromBytes(stored);
            if (response != null) {
                remember(key, entry, response);
            }
        }
        return response != null && response.isValidAt(now) ? Optional.of(response) : Optional.empty();
    }

    public void store(String generation, String key, CachedResponse response) {
        String entry = entryKey(generation, key);
        responses.put(entry, response.toBytes());
        remember(key, entry, response);
    }

    private void remember(String key, String entry, CachedResponse response) {
        if (local.size() >= localEntries) {
            local.clear();
        }
        local.put(entry, response);
        lastGood.merge(key, response, (known, given) -> given.rendered().isBefore(known.rendered()) ? known : given);
    }

    /**
     * The last response known for a key, however stale, for a request whose rendering failed: a
     * status page that is down is better served late than not at all. None once it ended more
     * than {@link #STALE_IF_ERROR_SECONDS} ago.
     */
    public Optional<CachedResponse> lastGood(String key, Instant now) {
        CachedResponse known = lastGood.get(key);
        if (known == null) {
            return Optional.empty();
        }
        boolean recentEnough = !now.isAfter(known.expires())
                || Duration.between(known.expires(), now).toSeconds() < STALE_IF_ERROR_SECONDS;
        return recentEnough ? Optional.of(known) : Optional.empty();
    }

    /**
     * Until when a response rendered now stays true: the timeout, the next scheduled transition, or
     * midnight (UTC), when the pages' days move on (the uptime bars, the past incidents).
     */
    public Instant validUntil(String generation, Instant now) {
        Instant timeout = now.plus(Duration.ofSeconds(timeoutSeconds));
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        if (midnight.isBefore(timeout)) {
            timeout = midnight;
        }
        String key = generation + NEXT_TRANSITION;
        byte[] known = responses.get(key);
        Instant transition = known == null ? null : Instant.ofEpochMilli(ByteBuffer.wrap(known).getLong());
        if (transition == null || !transition.isAfter(now)) {
            transition = events.nextTransitionAfter(LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                    .map(time -> time.toInstant(ZoneOffset.UTC))
                    .orElse(Instant.MAX);
            responses.put(key, ByteBuffer.allocate(Long.BYTES)
                    .putLong(transition.equals(Instant.MAX) ? Long.MAX_VALUE : transition.toEpochMilli()).array());
        }
        return transition.isBefore(timeout) ? transition : timeout;
    }

    /** Every instance serves the new state from its next request on. */
    public void forget() {
        if (!enabled()) {
            return;
        }
        try {
            String next = UUID.randomUUID().toString();
            generations.put(CURRENT, next);
            learn(next, System.nanoTime(), knownGeneration);
            responses.clear();
        } catch (RuntimeException e) {
            // The change itself has committed; a cache that cannot be cleared must not undo it.
            LOG.log(Level.WARNING, "Could not clear the response cache; entries end within "
                    + timeoutSeconds + " s", e);
        }
    }

    void eventsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsChanged change) {
        forget();
    }

    void catalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        forget();
    }
}
