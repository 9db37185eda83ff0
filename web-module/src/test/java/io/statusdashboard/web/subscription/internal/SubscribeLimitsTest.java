package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.platform.cache.SharedCounters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SubscribeLimitsTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        private Instant now = Instant.parse("2026-12-02T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Moving clock = new Moving();
    private final SubscribeLimits limits = new SubscribeLimits(SharedCounters.inMemory(100), clock);

    @Test
    void anAddressGetsThreeRequestsAnHourWhicheverClientsSendThem() {
        for (int i = 1; i <= SubscribeLimits.PER_ADDRESS; i++) {
            assertTrue(limits.admit("client-" + i, "address-a"), "request " + i);
        }
        assertFalse(limits.admit("client-9", "address-a"));
        assertTrue(limits.admit("client-9", "address-b"), "another address is counted apart");
        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertFalse(limits.admit("client-8", "address-a"));
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertTrue(limits.admit("client-7", "address-a"), "a new window after an hour");
    }

    @Test
    void aClientGetsTenRequestsAnHourWhateverTheAddressesAndBadOnesCountToo() {
        for (int i = 1; i <= SubscribeLimits.PER_CLIENT; i++) {
            assertTrue(limits.admit("client", i % 2 == 0 ? null : "address-" + i), "request " + i);
        }
        assertFalse(limits.admit("client", "address-new"));
        assertFalse(limits.admit("client", null));
        assertTrue(limits.admit("other-client", "address-other"));
        clock.now = clock.now.plus(SubscribeLimits.WINDOW);
        assertTrue(limits.admit("client", "address-newer"));
    }

    @Test
    void theCountsAreSharedThroughTheStoreSoAllInstancesOfAClusterSeeThem() {
        SharedCounters shared = SharedCounters.inMemory(100);
        SubscribeLimits first = new SubscribeLimits(shared, clock);
        SubscribeLimits second = new SubscribeLimits(shared, clock);
        assertTrue(first.admit("c1", "a"));
        assertTrue(second.admit("c2", "a"));
        assertTrue(first.admit("c3", "a"));
        assertFalse(second.admit("c4", "a"));
    }
}
