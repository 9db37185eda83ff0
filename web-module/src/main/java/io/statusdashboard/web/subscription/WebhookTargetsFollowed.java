package io.statusdashboard.web.subscription;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an endpoint follows: whole regions by name, single components by id, or both. An event is
 * delivered when it affects a followed component or any component in a followed region.
 */
public record WebhookTargetsFollowed(Set<String> regions, Set<Integer> componentIds) {

    public WebhookTargetsFollowed {
        regions = Set.copyOf(new TreeSet<>(regions));
        componentIds = Set.copyOf(componentIds);
    }

    /**
     * @param regionOfComponent the region of each component the catalog knows
     */
    public boolean follows(Collection<Integer> eventComponentIds, Map<Integer, String> regionOfComponent) {
        return eventComponentIds.stream().anyMatch(id -> componentIds.contains(id)
                || (regionOfComponent.get(id) != null && regions.contains(regionOfComponent.get(id))));
    }
}
