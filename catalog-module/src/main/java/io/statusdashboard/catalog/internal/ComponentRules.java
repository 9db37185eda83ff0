package io.statusdashboard.catalog.internal;

import io.statusdashboard.catalog.api.CatalogWrites;
import io.statusdashboard.catalog.api.ComponentView;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a component added through API v2 must be, as status-dashboard-v3 checks it: exactly
 * {@code type}, {@code region} and {@code category}, each once, and a name not yet used in that
 * region (the same service in another region is another component).
 */
final class ComponentRules {

    static final Set<String> REQUIRED = Set.of(ComponentView.TYPE, ComponentView.REGION, ComponentView.CATEGORY);

    private ComponentRules() {}

    static Optional<String> checkNew(String name, List<CatalogWrites.Attribute> attributes,
            Collection<ComponentView> existing) {
        Set<String> names = new HashSet<>();
        for (CatalogWrites.Attribute attribute : attributes) {
            if (!REQUIRED.contains(attribute.name()) || !names.add(attribute.name())) {
                return Optional.of(CatalogWrites.ATTRIBUTES_INVALID);
            }
        }
        if (!names.equals(REQUIRED)) {
            return Optional.of(CatalogWrites.ATTRIBUTES_INVALID);
        }
        String region = attributes.stream().filter(attribute -> attribute.name().equals(ComponentView.REGION))
                .findFirst().orElseThrow().value();
        boolean taken = existing.stream()
                .anyMatch(component -> component.name().equals(name) && region.equals(component.region()));
        return taken ? Optional.of(CatalogWrites.COMPONENT_EXISTS) : Optional.empty();
    }
}
