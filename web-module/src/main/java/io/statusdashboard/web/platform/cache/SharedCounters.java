package io.statusdashboard.web.platform.cache;

import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * Where the throttles keep their counters (the sign-in's, the subscribe form's): a key-value store
 * with compare-and-set, which is what JCache offers across a cluster and a map offers in one JVM.
 * Values are plain strings, so the cluster never needs this application's classes to read them.
 */
public interface SharedCounters {

    /** The value, or null. */
    String get(String key);

    /** @return false when the key has a value already */
    boolean putIfAbsent(String key, String value);

    /** @return false when the key's value is not {@code expected} any more */
    boolean replace(String key, String expected, String value);

    /** Removes the key only while it still has {@code expected}. */
    boolean remove(String key, String expected);

    void remove(String key);

    /**
     * Counters in this JVM, at most {@code capacity} keys: the least recently used goes first, so a
     * flood of made-up names or addresses cannot exhaust the memory, and a counter under attack,
     * being used all the time, is the last to go.
     */
    static SharedCounters inMemory(int capacity) {
        return new InMemory(capacity);
    }

    /**
     * Counters in a data grid's cache ({@link GridCaches}), whose compare-and-set operations are
     * atomic across the cluster. Open the cache while the application starts, not while a request
     * is served: Payara's JCache re-enters the context it was created in on every later call.
     */
    static SharedCounters inGrid(Cache<String, String> cache) {
        return new InGrid(cache);
    }

    /**
     * Counters in the data grid's cache {@code prefix} (named after the database, see
     * {@link GridCaches}), each ending {@code lifetime} after it was {@code created} or, if not,
     * after it was last changed; without a JCache provider, {@code capacity} counters in this JVM,
     * which {@code log} says once.
     */
    static SharedCounters open(Instance<CacheManager> managers, String prefix, String databaseUrl, Duration lifetime,
            boolean created, int capacity, Logger log) {
        if (!managers.isResolvable()) {
            log.warning(() -> "No JCache provider: " + prefix + "* counts per instance");
            return inMemory(capacity);
        }
        javax.cache.expiry.Duration expiry = new javax.cache.expiry.Duration(TimeUnit.SECONDS, lifetime.toSeconds());
        return inGrid(GridCaches.open(managers.get(), prefix, databaseUrl, new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class)
                .setExpiryPolicyFactory(created
                        ? CreatedExpiryPolicy.factoryOf(expiry)
                        : ModifiedExpiryPolicy.factoryOf(expiry))));
    }

    /** A map in access order, evicting the eldest entry beyond its capacity. */
    final class InMemory implements SharedCounters {

        private final Map<String, String> values;

        private InMemory(int capacity) {
            values = new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > capacity;
                }
            };
        }

        @Override
        public synchronized String get(String key) {
            return values.get(key);
        }

        @Override
        public synchronized boolean putIfAbsent(String key, String value) {
            return values.putIfAbsent(key, value) == null;
        }

        @Override
        public synchronized boolean replace(String key, String expected, String value) {
            if (!Objects.equals(values.get(key), expected)) {
                return false;
            }
            values.put(key, value);
            return true;
        }

        @Override
        public synchronized boolean remove(String key, String expected) {
            return values.remove(key, expected);
        }

        @Override
        public synchronized void remove(String key) {
            values.remove(key);
        }

        /** How many keys it holds. */
        public synchronized int size() {
            return values.size();
        }
    }

    /** Counters in a JCache. */
    record InGrid(Cache<String, String> cache) implements SharedCounters {

        @Override
        public String get(String key) {
            return cache.get(key);
        }

        @Override
        public boolean putIfAbsent(String key, String value) {
            return cache.putIfAbsent(key, value);
        }

        @Override
        public boolean replace(String key, String expected, String value) {
            return cache.replace(key, expected, value);
        }

        @Override
        public boolean remove(String key, String expected) {
            return cache.remove(key, expected);
        }

        @Override
        public void remove(String key) {
            cache.remove(key);
        }
    }
}
