package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.web.platform.cache.SharedCounters;
import java.time.Clock;
import java.time.Duration;

/**
 * How often the subscribe form may be sent: per address (each sends a confirmation mail, so this
 * keeps the form from flooding someone's inbox) and per client (keeps one client from sending
 * confirmations to many addresses). Fixed windows of an hour: the count of a key starts with its
 * first attempt and ends an hour later. Every attempt counts, also refused ones, so waiting is the
 * only way past a limit. The counts live in {@link SharedCounters}: in the data grid, every
 * instance of a cluster sees them.
 */
public final class SubscribeLimits {

    public static final int PER_ADDRESS = 3;
    public static final int PER_CLIENT = 10;
    public static final Duration WINDOW = Duration.ofHours(1);

    private final SharedCounters counts;
    private final Clock clock;

    public SubscribeLimits(SharedCounters counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    /**
     * Counts the attempt of {@code client} and, when it is an address that may subscribe, of
     * {@code addressKey}; true when both are within their limits. Keys are opaque (hashed) so no
     * address sits in the grid.
     */
    public boolean admit(String client, String addressKey) {
        boolean clientWithin = count("client:" + client) <= PER_CLIENT;
        boolean addressWithin = addressKey == null || count("address:" + addressKey) <= PER_ADDRESS;
        return clientWithin && addressWithin;
    }

    /** Adds one to the key's count in its window, atomically, and answers the new count. */
    int count(String key) {
        long now = clock.millis();
        while (true) {
            String current = counts.get(key);
            if (current == null) {
                if (counts.putIfAbsent(key, now + ":1")) {
                    return 1;
                }
                continue;
            }
            int colon = current.indexOf(':');
            long start = Long.parseLong(current.substring(0, colon));
            int count = Integer.parseInt(current.substring(colon + 1));
            String next = now - start >= WINDOW.toMillis() ? now + ":1" : start + ":" + (count + 1);
            if (counts.replace(key, current, next)) {
                return Integer.parseInt(next.substring(next.indexOf(':') + 1));
            }
        }
    }
}
