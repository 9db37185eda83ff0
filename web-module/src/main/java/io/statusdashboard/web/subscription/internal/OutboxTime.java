package io.statusdashboard.web.subscription.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The time as the subscription tables store it, and as the original schema stores every time: naive UTC, to the second. */
final class OutboxTime {

    private OutboxTime() {}

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
