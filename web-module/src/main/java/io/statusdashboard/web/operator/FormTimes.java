package io.statusdashboard.web.operator;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Times as operators enter them ({@code datetime-local} inputs in a chosen time zone) and as the
 * dashboard keeps them (naive UTC).
 */
public final class FormTimes {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private FormTimes() {}

    /** @return the UTC time, empty for a blank input; throws for text that is not a time */
    static Optional<LocalDateTime> toUtc(String input, String zone) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.parse(input.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        return Optional.of(local.atZone(zone(zone)).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
    }

    static String fromUtc(LocalDateTime utc, String zone) {
        return utc == null ? "" : INPUT.format(utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone(zone)));
    }

    static ZoneId zone(String zone) {
        try {
            return zone == null || zone.isBlank() ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** UTC first, then every IANA zone by name. */
    public static List<String> zones() {
        List<String> zones = new ArrayList<>(List.of("UTC"));
        new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
                .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
                .forEach(zones::add);
        return zones;
    }
}
