package io.statusdashboard.catalog.api;

import java.util.Set;

/**
 * Fired after a transaction that added or changed components has committed. Carries ids only;
 * observers load what they need themselves.
 */
public record CatalogChanged(Set<Integer> componentIds) {

    public CatalogChanged {
        componentIds = Set.copyOf(componentIds);
    }
}
