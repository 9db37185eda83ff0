package io.statusdashboard.catalog.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One component (a service in one place) as the rest of the application sees it.
 *
 * @param id the database id, which other modules store instead of references
 * @param name the service name, unique only together with the attributes
 * @param attributes one value per key, in the order they were stored; {@code region},
 *     {@code category} and {@code type} are the well-known keys
 */
public record ComponentView(int id, String name, Map<String, String> attributes) {

    public static final String REGION = "region";
    public static final String CATEGORY = "category";
    public static final String TYPE = "type";

    public ComponentView {
        Objects.requireNonNull(name, "name");
        // In the order given (the catalog gives them in the order they were stored, which API v2
        // lists); unmodifiable, and equal whatever the order.
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public String region() {
        return attributes.get(REGION);
    }

    public String category() {
        return attributes.get(CATEGORY);
    }

    public String type() {
        return attributes.get(TYPE);
    }

    /** Regions of these components: the sorted distinct values of {@code region}; the status page shows one at a time. */
    public static List<String> regionsOf(Collection<ComponentView> components) {
        return components.stream().map(ComponentView::region).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** True when every given pair is among this component's attributes. */
    public boolean hasAttributes(Map<String, String> pairs) {
        return pairs.entrySet().stream()
                .allMatch(pair -> pair.getValue().equals(attributes.get(pair.getKey())));
    }
}
