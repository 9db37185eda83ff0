package io.statusdashboard.web.api.feed;

import java.util.Optional;

/**
 * Reads the region and optional component name from the rest of a feed's path:
 * {@code /EU-DE}, {@code /EU-DE/Elastic Cloud Server} (already decoded by the container), each
 * with the format's suffix when it has one ({@code .ics}, {@code .svg}).
 *
 * @param component {@code null} for the whole region
 */
record FeedPath(String region, String component) {

    /** Empty when the path names no region, or more than a region and a component. */
    static Optional<FeedPath> parse(String pathInfo, String suffix) {
        if (pathInfo == null || !pathInfo.startsWith("/") || !pathInfo.endsWith(suffix)) {
            return Optional.empty();
        }
        String rest = pathInfo.substring(1, pathInfo.length() - suffix.length());
        int slash = rest.indexOf('/');
        String region = slash < 0 ? rest : rest.substring(0, slash);
        String component = slash < 0 ? null : rest.substring(slash + 1);
        if (region.isBlank() || (component != null && (component.isBlank() || component.contains("/")))) {
            return Optional.empty();
        }
        return Optional.of(new FeedPath(region, component));
    }
}
