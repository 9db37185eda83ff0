package io.statusdashboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The paths (below the dashboard's root) of a region's or a component's feeds, calendar and badge. */
public final class FeedLinks {

    private FeedLinks() {}

    /**
     * The feeds of a region or of one service in it, and the page's Statuspage JSON.
     *
     * @param root the dashboard's address without a trailing slash, or its context path
     * @param component {@code null} for the whole region
     */
    public static List<FeedLink> of(String root, String region, String component) {
        String title = component == null ? region : component + " (" + region + ")";
        return List.of(
                new FeedLink("Atom: " + title, "application/atom+xml", root + atom(region, component)),
                new FeedLink("RSS: " + title, "application/rss+xml", root + rss(region, component)),
                new FeedLink("Maintenance calendar: " + title, "text/calendar", root + calendar(region, component)),
                new FeedLink("Status badge: " + title, "image/svg+xml", root + badge(region, component)),
                new FeedLink("Statuspage JSON: all regions", "application/json", root + "/api/v2/summary.json"));
    }

    static String rss(String region, String component) {
        return "/rss/?mt=" + URLEncoder.encode(region, StandardCharsets.UTF_8)
                + (component == null ? "" : "&srv=" + URLEncoder.encode(component, StandardCharsets.UTF_8));
    }

    /** The Atom feed's path, which the feed names as its own address ({@code rel="self"}). */
    public static String atom(String region, String component) {
        return "/atom/" + segments(region, component);
    }

    static String calendar(String region, String component) {
        return "/calendar/" + segments(region, component) + ".ics";
    }

    static String badge(String region, String component) {
        return "/badge/" + segments(region, component) + ".svg";
    }

    private static String segments(String region, String component) {
        return segment(region) + (component == null ? "" : "/" + segment(component));
    }

    /** One path segment: a space is %20 there (a + would be a plus), a slash is encoded. */
    static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
