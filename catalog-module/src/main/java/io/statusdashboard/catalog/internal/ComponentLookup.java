package io.statusdashboard.catalog.internal;

import io.statusdashboard.catalog.api.ComponentView;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lookup rule shared by the API, the feeds and provisioning: the same service name exists once
 * per region, so a component is found by name and attributes. An exact attribute match wins over
 * a component that merely contains the given pairs; among several of those the oldest (lowest id)
 * wins, which keeps the answer stable.
 */
final class ComponentLookup {

    private ComponentLookup() {}

    static Optional<ComponentView> find(
            Collection<ComponentView> candidates, String name, Map<String, String> attributes) {
        List<ComponentView> named = candidates.stream()
                .filter(component -> component.name().equals(name))
                .sorted(Comparator.comparingInt(ComponentView::id))
                .toList();
        return named.stream()
                .filter(component -> component.attributes().equals(attributes))
                .findFirst()
                .or(() -> named.stream().filter(component -> component.hasAttributes(attributes)).findFirst());
    }
}
