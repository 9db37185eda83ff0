package io.statusdashboard.web.api.v2;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Times as status-dashboard-v3's clients read and write them: RFC 3339 in UTC, printed the way Go
 * prints a {@code time.Time} ({@code 2025-05-22T11:12:42.559346Z}, {@code 2025-05-22T10:12:42Z}:
 * the fraction without trailing zeros, none at all on a whole second), and read as Go's RFC 3339
 * parser accepts them (seconds required, an upper-case {@code T}, {@code Z} or a {@code ±hh:mm} offset).
 */
public final class V2Time {

    private static final DateTimeFormatter WHOLE_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private V2Time() {}

    /** A stored time (naive UTC) as v3 prints it. */
    public static String format(LocalDateTime utc) {
        StringBuilder text = new StringBuilder(30).append(WHOLE_SECONDS.format(utc));
        int nanos = utc.getNano();
        if (nanos != 0) {
            String fraction = String.format("%09d", nanos);
            int end = fraction.length();
            while (fraction.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(fraction, 0, end);
        }
        return text.append('Z').toString();
    }

    /**
     * A time a client sent, as naive UTC.
     *
     * @throws DateTimeParseException when it is not RFC 3339 as Go reads it
     */
    public static LocalDateTime parse(String text) {
        return OffsetDateTime.parse(text, RFC_3339).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
