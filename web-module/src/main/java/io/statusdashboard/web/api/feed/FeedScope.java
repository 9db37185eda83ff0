package io.statusdashboard.web.api.feed;

import java.util.Set;

/**
 * What one feed, calendar or badge is about: a region, or one component of it.
 *
 * @param component the component's name, or {@code null} for the whole region
 * @param componentIds the components whose events it shows
 */
record FeedScope(String region, String component, Set<Integer> componentIds) {

    FeedScope {
        componentIds = Set.copyOf(componentIds);
    }

    /** "EU-DE" or "Elastic Cloud Server (EU-DE)". */
    String title() {
        return component == null ? region : component + " (" + region + ")";
    }
}
