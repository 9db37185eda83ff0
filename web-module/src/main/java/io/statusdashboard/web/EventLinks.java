package io.statusdashboard.web;

import java.util.regex.Pattern;

/**
 * The address of an event's page, the original dashboard's {@code /incidents/{id}}: what pages,
 * operators' forms, feeds, calendars, mails, webhooks and the Statuspage JSON link to, and what
 * the event view is served at. Kept here once, so a link and the page it leads to cannot drift.
 */
public final class EventLinks {

    private static final String PREFIX = "/incidents/";

    /** An event page's path, with an optional trailing slash; group 1 is the id. */
    public static final Pattern PATH = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})/?");

    private EventLinks() {}

    /** The event's page below the context path or the public URL, e.g. {@code /incidents/42}. */
    public static String path(long eventId) {
        return PREFIX + eventId;
    }
}
