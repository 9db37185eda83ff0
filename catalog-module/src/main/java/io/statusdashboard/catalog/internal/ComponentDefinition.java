package io.statusdashboard.catalog.internal;

import java.util.Map;

/** One entry of a catalog file, with the line it starts on for error messages. */
record ComponentDefinition(String name, Map<String, String> attributes, int line) {

    ComponentDefinition {
        attributes = Map.copyOf(attributes);
    }
}
