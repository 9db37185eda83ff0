package io.statusdashboard.incident.internal.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Passes fall just after the wall clock's multiples of the interval, whenever the previous one ended. */
class IntervalBoundariesTest {

    private static final Instant HALF_PAST = Instant.parse("2026-12-03T10:30:00Z");
    private final IntervalBoundaries everyThirtySeconds =
            new IntervalBoundaries(Duration.ofSeconds(30), Clock.fixed(HALF_PAST, ZoneOffset.UTC));

    @Test
    void theNextRunIsJustAfterTheNextBoundary() {
        assertEquals(Instant.parse("2026-12-03T10:30:30.050Z"), everyThirtySeconds.nextAfter(HALF_PAST.plusSeconds(7)));
        assertEquals(Instant.parse("2026-12-03T10:31:00.050Z"), everyThirtySeconds.nextAfter(HALF_PAST.plusMillis(30_060)));
    }

    @Test
    void aRunAtItsMomentOrAlittleEarlyIsFollowedByTheNextBoundarysRun() {
        assertEquals(Instant.parse("2026-12-03T10:30:30.050Z"), everyThirtySeconds.nextAfter(HALF_PAST.plusMillis(50)));
        assertEquals(Instant.parse("2026-12-03T10:30:30.050Z"), everyThirtySeconds.nextAfter(HALF_PAST.plusMillis(20)));
    }

    @Test
    void aPassLongerThanTheIntervalSkipsTheBoundariesItMissed() {
        assertEquals(Instant.parse("2026-12-03T10:32:00.050Z"), everyThirtySeconds.nextAfter(HALF_PAST.plusSeconds(95)));
    }

    @Test
    void theTriggerAsksTheClock() {
        assertEquals(Instant.parse("2026-12-03T10:30:30.050Z"), everyThirtySeconds.getNextRunTime(null, null).toInstant());
    }

    @Test
    void instancesStartedAtDifferentTimesRunAtTheSameMoments() {
        IntervalBoundaries everySecond = new IntervalBoundaries(Duration.ofSeconds(1), Clock.systemUTC());
        assertEquals(everySecond.nextAfter(HALF_PAST.plusMillis(120)), everySecond.nextAfter(HALF_PAST.plusMillis(870)));
    }

    @Test
    void anEmptyIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new IntervalBoundaries(Duration.ZERO, Clock.systemUTC()));
    }
}
