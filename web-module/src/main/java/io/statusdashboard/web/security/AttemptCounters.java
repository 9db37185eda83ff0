package io.statusdashboard.web.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where {@link SignInThrottle} keeps its counters: a key-value store with compare-and-set, which
 * is what JCache offers across a cluster ({@link SignInAttempts}) and a map offers in one JVM.
 * Values are plain strings, so the cluster never needs this application's classes to read them.
 */
interface AttemptCounters {

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
    static AttemptCounters inMemory(int capacity) {
        return new InMemory(capacity);
    }

    /** A map in access order, evicting the eldest entry beyond its capacity. */
    final class InMemory implements AttemptCounters {

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

        synchronized int size() {
            return values.size();
        }
    }
}
