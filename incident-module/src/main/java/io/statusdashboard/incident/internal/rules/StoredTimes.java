package io.statusdashboard.incident.internal.rules;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * "Now" as events store it: in UTC, since the original's columns hold no zone and its readers
 * take them as UTC.
 */
public final class StoredTimes {

    private StoredTimes() {}

    /** To the second, as the original's forms and monitoring wrote their times. */
    public static LocalDateTime nowToTheSecond() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /** To the microsecond, the precision the timestamps are stored with (API v2 keeps it). */
    public static LocalDateTime nowToTheMicrosecond() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
