package io.statusdashboard.incident.internal.transactions;

import jakarta.enterprise.concurrent.LastExecution;
import jakarta.enterprise.concurrent.Trigger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Runs a task at the wall clock's multiples of an interval (every 30 s: at :00 and :30 of each
 * minute), a moment after each. Maintenance windows usually open and close on such round times,
 * so the clock moves them within a moment of their edge rather than up to an interval later; and
 * every instance of a cluster passes at the same moments, so their passes meet at the database
 * lock instead of drifting apart. The next moment is computed after each run, so a slow pass
 * never makes runs pile up.
 */
final class IntervalBoundaries implements Trigger {

    /** Past the boundary, so that a timer firing a little early still sees the edge as crossed. */
    static final Duration AFTER_BOUNDARY = Duration.ofMillis(50);

    private final long intervalMillis;
    private final Clock clock;

    IntervalBoundaries(Duration interval, Clock clock) {
        if (interval.toMillis() <= 0) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.intervalMillis = interval.toMillis();
        this.clock = clock;
    }

    /**
     * The moment just after the next boundary. A run that the timer starts a little before its
     * moment is followed by the next boundary's, not by a second run at the same one.
     */
    Instant nextAfter(Instant now) {
        long next = (Math.floorDiv(now.toEpochMilli(), intervalMillis) + 1) * intervalMillis;
        return Instant.ofEpochMilli(next + AFTER_BOUNDARY.toMillis());
    }

    @Override
    public Date getNextRunTime(LastExecution lastExecution, Date taskScheduledTime) {
        return Date.from(nextAfter(clock.instant()));
    }

    @Override
    public boolean skipRun(LastExecution lastExecution, Date scheduledRunTime) {
        return false;
    }
}
