package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.platform.cache.SharedCounters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String ATTACKER = "198.51.100.7";
    private static final String OPERATOR = "203.0.113.20";

    private final ManualClock clock = new ManualClock();
    private final SharedCounters counters = SharedCounters.inMemory(1000);
    private final SignInThrottle throttle = new SignInThrottle(counters, SignInThrottle.DEFAULT_POLICY, clock);

    /** One attempt with a wrong password: empty when it was checked, else the wait it was refused with. */
    private Optional<Duration> fail(String userName, String address) {
        Optional<Duration> wait = throttle.admit(userName, address);
        if (wait.isEmpty()) {
            throttle.failed(userName, address);
        }
        return wait;
    }

    @Test
    void fiveFailuresAreFreeThenEachWaitIsTwiceTheLastUpToAQuarterOfAnHour() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), fail("admin", ATTACKER), "failure " + (i + 1));
        }
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Duration wait = throttle.admit("admin", ATTACKER).orElseThrow();
            waits.add(wait);
            clock.advance(wait.minusMillis(1));
            assertTrue(throttle.admit("admin", ATTACKER).isPresent(), "still waiting a millisecond before the end");
            clock.advance(Duration.ofMillis(1));
            assertEquals(Optional.empty(), fail("admin", ATTACKER));
        }
        assertEquals(List.of(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L, 900L),
                waits.stream().map(Duration::toSeconds).toList());
    }

    @Test
    void theRightPasswordWaitsTooAndASuccessStartsTheAccountAgain() {
        for (int i = 0; i < 5; i++) {
            fail("admin", ATTACKER);
        }
        assertTrue(throttle.admit("admin", OPERATOR).isPresent(), "the account waits, whoever asks");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Optional.empty(), throttle.admit("admin", OPERATOR));
        throttle.succeeded("admin", OPERATOR);
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), fail("admin", OPERATOR), "free again after the success, failure " + (i + 1));
        }
    }

    @Test
    void theWaitRunsFromTheAnswerNotFromTheAdmission() {
        for (int i = 0; i < 4; i++) {
            fail("admin", ATTACKER);
        }
        assertEquals(Optional.empty(), throttle.admit("admin", ATTACKER));
        clock.advance(Duration.ofMillis(700));
        throttle.failed("admin", ATTACKER);
        assertEquals(Duration.ofSeconds(2), throttle.admit("admin", ATTACKER).orElseThrow());
    }

    @Test
    void oneAddressTryingManyNamesWaitsAsOneAccountWould() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), fail("guess-" + i, ATTACKER));
        }
        assertEquals(Duration.ofSeconds(2), throttle.admit("guess-5", ATTACKER).orElseThrow());
        assertEquals(Optional.empty(), throttle.admit("admin", OPERATOR), "other clients and accounts go ahead");
    }

    @Test
    void aWaitingAddressDoesNotCountAgainstTheAccountItNames() {
        for (int i = 0; i < 5; i++) {
            fail("guess-" + i, ATTACKER);
        }
        for (int i = 0; i < 50; i++) {
            assertTrue(throttle.admit("admin", ATTACKER).isPresent());
        }
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), fail("admin", OPERATOR), "admin has its five free failures, " + (i + 1));
        }
    }

    @Test
    void aWaitingAccountDoesNotCountAgainstTheAddressAsking() {
        for (int i = 0; i < 5; i++) {
            fail("admin", ATTACKER);
        }
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMillis(100));
            assertTrue(throttle.admit("admin", OPERATOR).isPresent());
        }
        clock.advance(Duration.ofSeconds(5));
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), fail("other-" + i, OPERATOR), "the operator's address was not charged");
        }
    }

    @Test
    void countersAreForgottenAfterAnHourOfQuiet() {
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofMinutes(1));
            fail("admin", ATTACKER);
        }
        clock.advance(Duration.ofMinutes(59));
        assertEquals(Optional.empty(), fail("admin", ATTACKER));
        assertEquals(Duration.ofSeconds(32), throttle.admit("admin", ATTACKER).orElseThrow(),
                "59 minutes of quiet are not enough: the ninth failure waits as the ninth");
        clock.advance(Duration.ofMinutes(60));
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), fail("admin", ATTACKER), "free again, failure " + (i + 1));
        }
    }

    @Test
    void parallelAttemptsCannotSlipPastTheCount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(() -> throttle.admit("admin", ATTACKER).isEmpty());
            }
            int admitted = 0;
            for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
                admitted += attempt.get() ? 1 : 0;
            }
            assertEquals(5, admitted, "only the free attempts are checked, however many arrive at once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ipv6ClientsAreCountedPerNetworkAndNamesCaseInsensitively() {
        assertEquals(SignInThrottle.addressKey("2001:db8:1:2::1"), SignInThrottle.addressKey("2001:db8:1:2:ffff::9"));
        assertTrue(!SignInThrottle.addressKey("2001:db8:1:2::1").equals(SignInThrottle.addressKey("2001:db8:1:3::1")));
        assertEquals(SignInThrottle.addressKey("192.0.2.1"), SignInThrottle.addressKey("::ffff:192.0.2.1"));
        assertEquals(SignInThrottle.accountKey("admin"), SignInThrottle.accountKey(" Admin "));
        assertEquals(SignInThrottle.accountKey("x".repeat(64)), SignInThrottle.accountKey("x".repeat(10_000)),
                "keys stay small");
    }

    @Test
    void theCountersKeepAtMostTheirCapacity() {
        SharedCounters small = SharedCounters.inMemory(100);
        SignInThrottle bounded = new SignInThrottle(small, SignInThrottle.DEFAULT_POLICY, clock);
        for (int i = 0; i < 4; i++) {
            bounded.admit("admin", ATTACKER);
            bounded.failed("admin", ATTACKER);
        }
        bounded.admit("admin", ATTACKER);
        for (int i = 0; i < 1000; i++) {
            assertTrue(bounded.admit("admin", OPERATOR).isPresent());
            bounded.admit("name-" + i, "10.0." + (i / 250) + "." + (i % 250));
        }
        assertEquals(100, ((SharedCounters.InMemory) small).size());
        assertTrue(bounded.admit("admin", "192.0.2.99").isPresent(), "the account's counter, in use, survived the flood");
    }

    /** A clock the test moves. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        synchronized void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
