package io.statusdashboard.web.subscription.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When a failed delivery is tried again: 15 s after the first attempt, then twice as long after
 * each further one, at most an hour apart, for 24 hours after the change; then it is given up. An
 * endpoint whose every attempt failed for 24 hours is disabled, so a dead receiver stops costing
 * the sender's time.
 */
public final class RetrySchedule {

    static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    private RetrySchedule() {}

    /** The wait after the {@code attemptsMade}-th failed attempt (1 for the first). */
    static Duration waitAfter(int attemptsMade) {
        if (attemptsMade < 1) {
            return Duration.ZERO;
        }
        // 2^8 * 15 s is past an hour already; the cap keeps the shift from overflowing.
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsMade - 1, 8));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * The next attempt after {@code attemptsMade} failed ones of a delivery created at
     * {@code created}, or empty when the next would fall 24 hours or more after it.
     */
    public static Optional<LocalDateTime> nextAttempt(LocalDateTime created, int attemptsMade, LocalDateTime now) {
        LocalDateTime next = now.plus(waitAfter(attemptsMade));
        return next.isBefore(created.plus(GIVE_UP_AFTER)) ? Optional.of(next) : Optional.empty();
    }

    /** True when an endpoint that has failed since {@code failingSince} has failed long enough to be disabled. */
    public static boolean endpointGivenUp(LocalDateTime failingSince, LocalDateTime now) {
        return failingSince != null && !now.isBefore(failingSince.plus(GIVE_UP_AFTER));
    }
}
