package io.statusdashboard.web.platform.cache;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/**
 * The HTTP side of a cached response: which representation a client gets (gzip when it accepts
 * it) and whether its validators let the server answer 304 Not Modified.
 */
public final class Representation {

    private Representation() {}

    /** True unless the client refuses gzip ({@code gzip;q=0}) or does not name it (or {@code *}). */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] codingAndParameters = part.split(";");
            String coding = codingAndParameters[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                return !refused(codingAndParameters);
            }
        }
        return false;
    }

    private static boolean refused(String[] codingAndParameters) {
        for (int i = 1; i < codingAndParameters.length; i++) {
            String parameter = codingAndParameters[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * RFC 9110 §13.1: If-None-Match wins over If-Modified-Since; a GET whose tag matches, or that
     * has nothing newer than the date the client holds, is answered with 304.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, Set<String> entityTags, Instant rendered) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                // Weak comparison, as the RFC asks for If-None-Match: W/"x" matches "x".
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || entityTags.contains(tag)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !rendered.isAfter(since.plusMillis(999));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    public static String httpDate(Instant time) {
        return HTTP_DATE.format(time.atZone(ZoneOffset.UTC));
    }

    /**
     * HTTP's preferred date form (IMF-fixdate): always two digits for the day, where Java's
     * RFC 1123 formatter writes "3 Dec"; the parser above takes either.
     */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH);
}
