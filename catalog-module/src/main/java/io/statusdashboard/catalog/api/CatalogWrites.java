package io.statusdashboard.catalog.api;

import java.util.List;

/**
 * Adds components one at a time, as API v2's clients do: a name and exactly the three well-known
 * attributes, the name unique within its region. Readers see a new component at once (the
 * catalog announces it with {@link CatalogChanged}).
 */
public interface CatalogWrites {

    String COMPONENT_EXISTS = "component already exists";
    String ATTRIBUTES_INVALID = "component attribute has invalid format";

    /** One attribute as posted. */
    record Attribute(String name, String value) {}

    /** How adding a component went. */
    sealed interface Creation {

        /** Added; the view lists the attributes in the order posted. */
        record Created(ComponentView component) implements Creation {}

        /** Refused with status-dashboard-v3's text; nothing was written. */
        record Refused(String message) implements Creation {}
    }

    Creation create(String name, List<Attribute> attributes);
}
