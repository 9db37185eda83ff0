package io.statusdashboard.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    @Test
    void theFirstWaitIsTakenInWholeSecondsFromOneToSixty() {
        assertEquals(Duration.ofSeconds(1), SignInAttempts.firstWait("1"));
        assertEquals(Duration.ofSeconds(10), SignInAttempts.firstWait(" 10 "));
        assertEquals(Duration.ofSeconds(60), SignInAttempts.firstWait("60"));
    }

    @Test
    void aFirstWaitOutsideTheRangeOrNotANumberFallsBackToTwoSeconds() {
        for (String wrong : new String[] {"0", "-3", "61", "2.5", "soon", ""}) {
            assertEquals(Duration.ofSeconds(2), SignInAttempts.firstWait(wrong), wrong);
        }
    }
}
