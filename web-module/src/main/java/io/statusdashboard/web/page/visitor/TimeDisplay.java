package io.statusdashboard.web.page.visitor;

import io.statusdashboard.web.platform.language.PageTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Formats the naive UTC times of the database for pages: a machine-readable value for
 * {@code <time datetime>} and a readable one in the visitor's language that names the zone.
 */
@Named("times")
@ApplicationScoped
public class TimeDisplay {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** A day as a heading names it: "Dec 2, 2026", "02.12.2026". */
    public String day(LocalDate date) {
        return day(date, PageTexts.locale());
    }

    public String iso(LocalDateTime time) {
        return time == null ? "" : ISO.format(time);
    }

    /** "Dec 2, 2026, 14:05 UTC", "02.12.2026, 14:05 UTC": 24-hour clock, the zone always named. */
    public String text(LocalDateTime time) {
        return text(time, PageTexts.locale());
    }

    static String day(LocalDate date, Locale locale) {
        return date == null ? "" : DAY.withLocale(locale).format(date);
    }

    static String text(LocalDateTime time, Locale locale) {
        return time == null ? "" : DATE.withLocale(locale).format(time) + ", " + TIME.format(time) + " UTC";
    }
}
