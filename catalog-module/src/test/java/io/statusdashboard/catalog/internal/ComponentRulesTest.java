package io.statusdashboard.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.catalog.api.CatalogWrites;
import io.statusdashboard.catalog.api.CatalogWrites.Attribute;
import io.statusdashboard.catalog.api.ComponentView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ComponentRulesTest {

    private static final List<ComponentView> EXISTING = List.of(new ComponentView(1, "Elastic Cloud Server",
            Map.of("type", "ecs", "region", "EU-DE", "category", "Compute")));

    private static List<Attribute> attributes(String... pairs) {
        return Stream.iterate(0, i -> i < pairs.length, i -> i + 2).map(i -> new Attribute(pairs[i], pairs[i + 1]))
                .toList();
    }

    static Stream<Arguments> components() {
        String invalid = CatalogWrites.ATTRIBUTES_INVALID;
        return Stream.of(
                Arguments.of("another region", "Elastic Cloud Server",
                        attributes("region", "EU-NL", "type", "ecs", "category", "Compute"), null),
                Arguments.of("another name", "Object Storage",
                        attributes("category", "Storage", "region", "EU-DE", "type", "obs"), null),
                Arguments.of("the same name in the same region", "Elastic Cloud Server",
                        attributes("type", "other", "region", "EU-DE", "category", "Other"), CatalogWrites.COMPONENT_EXISTS),
                Arguments.of("two attributes", "X", attributes("type", "x", "region", "EU-DE"), invalid),
                Arguments.of("four attributes", "X",
                        attributes("type", "x", "region", "EU-DE", "category", "c", "owner", "me"), invalid),
                Arguments.of("an unknown attribute", "X", attributes("type", "x", "region", "EU-DE", "owner", "me"), invalid),
                Arguments.of("a repeated attribute", "X", attributes("type", "x", "region", "EU-DE", "type", "y"), invalid),
                Arguments.of("names are case-sensitive", "X", attributes("Type", "x", "region", "EU-DE", "category", "c"),
                        invalid),
                Arguments.of("no attributes", "X", List.of(), invalid));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("components")
    void aNewComponentHasExactlyTypeRegionAndCategoryAndANameUniqueInItsRegion(String name, String componentName,
            List<Attribute> attributes, String expected) {
        assertEquals(Optional.ofNullable(expected), ComponentRules.checkNew(componentName, attributes, EXISTING));
    }
}
