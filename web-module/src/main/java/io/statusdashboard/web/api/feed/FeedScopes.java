package io.statusdashboard.web.api.feed;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds the region or component a feed's address names, by the catalog's lookup rule. */
@ApplicationScoped
public class FeedScopes {

    @Inject
    private CatalogQueries catalog;

    /**
     * @param component a component's name, or {@code null} for the whole region
     * @throws UnknownScope naming what is not in the catalog
     */
    FeedScope resolve(String region, String component) throws UnknownScope {
        if (!catalog.regions().contains(region)) {
            throw new UnknownScope("Unknown region " + region);
        }
        if (component == null) {
            return new FeedScope(region, null, catalog.components().stream()
                    .filter(candidate -> region.equals(candidate.region()))
                    .map(ComponentView::id)
                    .collect(Collectors.toSet()));
        }
        Optional<ComponentView> found = catalog.find(component, Map.of(ComponentView.REGION, region));
        if (found.isEmpty()) {
            throw new UnknownScope("Unknown service " + component + " in region " + region);
        }
        return new FeedScope(region, component, Set.of(found.get().id()));
    }

    /**
     * The scope a path-style feed address names ({@code /REGION{suffix}} or
     * {@code /REGION/SERVICE{suffix}}), or empty after answering 404 with the reason: a malformed
     * address gets {@code usage}, an unknown region or service its name.
     */
    Optional<FeedScope> fromPath(HttpServletRequest request, HttpServletResponse response, String suffix, String usage)
            throws IOException {
        Optional<FeedPath> path = FeedPath.parse(request.getPathInfo(), suffix);
        if (path.isEmpty()) {
            FeedResponses.notFound(response, usage);
            return Optional.empty();
        }
        try {
            return Optional.of(resolve(path.get().region(), path.get().component()));
        } catch (UnknownScope e) {
            FeedResponses.notFound(response, e.getMessage());
            return Optional.empty();
        }
    }

    /** The region or component is not in the catalog; the message says which, for a 404. */
    static final class UnknownScope extends Exception {

        private static final long serialVersionUID = 1L;

        UnknownScope(String message) {
            super(message);
        }
    }
}
