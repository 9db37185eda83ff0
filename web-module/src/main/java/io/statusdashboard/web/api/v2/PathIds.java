package io.statusdashboard.web.api.v2;

import java.util.regex.Pattern;

/**
 * Ids in API v2 paths, refused as status-dashboard-v3 refuses them: a number above 0 (Go's
 * 64-bit integers, so an id past the database's range is simply not found), anything else a 400
 * with v3's text — the parser's or validator's message for events, one fixed text for components.
 */
public final class PathIds {

    /** Go's decimal integers: an optional sign and ASCII digits (Java's parser also takes other scripts' digits). */
    static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

    private PathIds() {}

    /** An event id of {@code /v2/events/{id}} and its aliases. */
    public static long eventId(String text) {
        long id = parse(text);
        if (id == 0) {
            throw V2Exception.badRequest(validation("IncidentID.ID", "required"));
        }
        if (id < 0) {
            throw V2Exception.badRequest(validation("IncidentID.ID", "gte"));
        }
        return id;
    }

    /** A component id of {@code /v2/components/{id}}. */
    public static long componentId(String text) {
        try {
            long id = parse(text);
            if (id > 0) {
                return id;
            }
        } catch (V2Exception e) {
            // one text for every malformed component id
        }
        throw V2Exception.badRequest(V2Exception.COMPONENT_INVALID);
    }

    /** The position {@code n} of {@code /v2/events/{id}/updates/{n}}: 0 or more. */
    public static int updatePosition(String text) {
        long position = parse(text);
        if (position < 0) {
            throw V2Exception.badRequest(validation("updateData.UpdateID", "gte"));
        }
        // Past any timeline, found in none.
        return (int) Math.min(position, Integer.MAX_VALUE);
    }

    private static long parse(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw V2Exception.badRequest("strconv.ParseInt: parsing " + quoted(text) + ": invalid syntax");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw V2Exception.badRequest("strconv.ParseInt: parsing " + quoted(text) + ": value out of range");
        }
    }

    private static String validation(String key, String tag) {
        String field = key.substring(key.lastIndexOf('.') + 1);
        return "Key: '" + key + "' Error:Field validation for '" + field + "' failed on the '" + tag + "' tag";
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
