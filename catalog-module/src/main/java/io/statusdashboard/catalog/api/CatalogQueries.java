package io.statusdashboard.catalog.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read side of the catalog. Every method costs a bounded number of queries, whatever the catalog size. */
public interface CatalogQueries {

    /** All components with their attributes, ordered by name then id. */
    List<ComponentView> components();

    /** All components with their attributes, by id: what events, which hold ids only, are shown with. */
    default Map<Integer, ComponentView> componentsById() {
        return byId(components());
    }

    /** {@code components} by id. */
    static Map<Integer, ComponentView> byId(Collection<ComponentView> components) {
        return components.stream().collect(Collectors.toMap(ComponentView::id, Function.identity()));
    }

    /**
     * Components whose name starts with {@code prefix}, a literal and case-sensitive prefix (no
     * character is a wildcard), with their attributes, ordered by id. Reads only those components.
     */
    List<ComponentView> componentsNamedFrom(String prefix);

    /**
     * Finds a component by the lookup rule: among components with exactly this name, one whose
     * attributes equal the given ones wins; otherwise the first whose attributes contain all given
     * pairs; otherwise none.
     */
    Optional<ComponentView> find(String name, Map<String, String> attributes);

    /** Sorted distinct values of the {@code region} attribute. */
    List<String> regions();

    /**
     * A value that changes whenever components or their attributes change, whoever writes them
     * (this dashboard, another instance, an older dashboard sharing the database). One statement
     * (on PostgreSQL the read of a sequence its triggers move).
     */
    String fingerprint();

    /** True when the catalog holds no component at all. */
    boolean isEmpty();
}
