package io.statusdashboard.web.status;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Formats the naive UTC times of the database for pages: a machine-readable value for
 * {@code <time datetime>} and a readable one that names the zone.
 */
@Named("times")
@ApplicationScoped
public class TimeDisplay {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public String iso(LocalDateTime time) {
        return time == null ? "" : ISO.format(time);
    }

    public String text(LocalDateTime time) {
        return time == null ? "" : READABLE.format(time);
    }
}
