package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 12, 2, 10, 0);

    @Test
    void theFirstRetryComesWithinAMinuteAndEachWaitDoublesUpToAnHour() {
        assertEquals(Duration.ofSeconds(15), RetrySchedule.waitAfter(1));
        assertTrue(RetrySchedule.waitAfter(1).compareTo(Duration.ofMinutes(1)) < 0);
        assertEquals(Duration.ofSeconds(30), RetrySchedule.waitAfter(2));
        assertEquals(Duration.ofSeconds(60), RetrySchedule.waitAfter(3));
        assertEquals(Duration.ofSeconds(15 * 128), RetrySchedule.waitAfter(8));
        assertEquals(Duration.ofHours(1), RetrySchedule.waitAfter(9));
        assertEquals(Duration.ofHours(1), RetrySchedule.waitAfter(500), "no overflow however many attempts");
    }

    @Test
    void retriesFollowTheLastAttempt() {
        LocalDateTime failed = CREATED.plusMinutes(3);
        assertEquals(Optional.of(failed.plusSeconds(60)), RetrySchedule.nextAttempt(CREATED, 3, failed));
    }

    @Test
    void aDeliveryIsGivenUpWhenItsNextAttemptWouldBe24HoursAfterTheChange() {
        LocalDateTime late = CREATED.plusHours(23).plusMinutes(30);
        assertEquals(Optional.empty(), RetrySchedule.nextAttempt(CREATED, 20, late));
        assertEquals(Optional.of(CREATED.plusHours(23)), RetrySchedule.nextAttempt(CREATED, 20, CREATED.plusHours(22)));
    }

    @Test
    void anEndpointIsGivenUpAfterFailingForADay() {
        LocalDateTime since = CREATED;
        assertFalse(RetrySchedule.endpointGivenUp(null, CREATED.plusDays(3)), "not failing");
        assertFalse(RetrySchedule.endpointGivenUp(since, since.plusHours(23).plusMinutes(59)));
        assertTrue(RetrySchedule.endpointGivenUp(since, since.plusHours(24)));
    }
}
