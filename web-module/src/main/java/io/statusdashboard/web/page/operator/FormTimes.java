package io.statusdashboard.web.page.operator;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Times as operators enter them ({@code datetime-local} inputs with seconds, in a time zone they
 * name) and as the dashboard keeps them (naive UTC). Whatever cannot be read becomes a sentence
 * for the field it came from, never a silent fallback.
 */
public final class FormTimes {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    static final String UTC = "UTC";
    static final String BAD_TIME = "Enter a date and time like 2026-11-28T14:30:00";

    private FormTimes() {}

    /** The zone an operator named, or empty when there is no such zone. */
    static Optional<ZoneId> zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return Optional.of(ZoneOffset.UTC);
        }
        try {
            return Optional.of(ZoneId.of(zone.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String unknownZone(String zone) {
        return "There is no time zone \u201c" + zone.strip() + "\u201d: choose one from the list, such as Europe/Berlin or UTC";
    }

    /**
     * Reads a time entered in {@code zone}, noting a problem under {@code field} when it cannot.
     *
     * @return the UTC time, or null for a blank input or a problem
     */
    static LocalDateTime toUtc(String input, ZoneId zone, String field, Map<String, String> problems) {
        if (input == null || input.isBlank()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(input.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            problems.put(field, BAD_TIME);
            return null;
        }
    }

    /** A maintenance window as a request form read it: UTC times, null where a problem was noted. */
    record Window(LocalDateTime start, LocalDateTime end) {}

    static final String GIVE_START = "Give the start of the window.";
    static final String GIVE_END = "Give the end of the window.";

    /**
     * Reads a requested window entered in {@code zone}: an unknown zone is the problem beside the
     * zone, and then the times are not also called missing (they were given, only their zone is
     * wrong); otherwise a blank time is asked for beside its field.
     */
    static Window window(String start, String end, String zone, Map<String, String> problems) {
        Optional<ZoneId> zoneId = zone(zone);
        if (zoneId.isEmpty()) {
            problems.put("zone", unknownZone(zone));
            return new Window(null, null);
        }
        LocalDateTime startUtc = toUtc(start, zoneId.get(), "start", problems);
        LocalDateTime endUtc = toUtc(end, zoneId.get(), "end", problems);
        if (startUtc == null) {
            problems.putIfAbsent("start", GIVE_START);
        }
        if (endUtc == null) {
            problems.putIfAbsent("end", GIVE_END);
        }
        return new Window(startUtc, endUtc);
    }

    static String fromUtc(LocalDateTime utc, ZoneId zone) {
        return utc == null ? "" : INPUT.format(utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone));
    }

    /** UTC first, then every IANA zone by name. */
    public static List<String> zones() {
        List<String> zones = new ArrayList<>(List.of(UTC));
        new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
                .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
                .forEach(zones::add);
        return zones;
    }
}
