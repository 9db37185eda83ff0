package io.statusdashboard.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.catalog.api.ComponentView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentLookupTest {

    private static final ComponentView ECS_DE = new ComponentView(1, "Elastic Cloud Server",
            Map.of("region", "EU-DE", "category", "Compute", "type", "ecs"));
    private static final ComponentView ECS_NL = new ComponentView(2, "Elastic Cloud Server",
            Map.of("region", "EU-NL", "category", "Compute", "type", "ecs"));
    private static final ComponentView ECS_DE_REGION_ONLY = new ComponentView(3, "Elastic Cloud Server",
            Map.of("region", "EU-DE"));
    private static final ComponentView OBS_DE = new ComponentView(4, "Object Storage Service",
            Map.of("region", "EU-DE", "category", "Storage", "type", "obs"));

    private static final List<ComponentView> CATALOG = List.of(OBS_DE, ECS_DE_REGION_ONLY, ECS_NL, ECS_DE);

    @Test
    void exactAttributesWinOverAnEarlierSubsetMatch() {
        assertEquals(ECS_DE_REGION_ONLY.id(),
                ComponentLookup.find(CATALOG, "Elastic Cloud Server", Map.of("region", "EU-DE")).orElseThrow().id());
    }

    @Test
    void givenPairsThatAreASubsetFindTheOldestComponentContainingThem() {
        List<ComponentView> withoutExact = List.of(OBS_DE, ECS_NL, ECS_DE);
        assertEquals(ECS_DE,
                ComponentLookup.find(withoutExact, "Elastic Cloud Server", Map.of("region", "EU-DE")).orElseThrow());
        assertEquals(ECS_NL,
                ComponentLookup.find(withoutExact, "Elastic Cloud Server", Map.of("region", "EU-NL")).orElseThrow());
        assertEquals(ECS_DE, ComponentLookup.find(withoutExact, "Elastic Cloud Server", Map.of("category", "Compute"))
                .orElseThrow(), "both contain the pair: the lower id wins, whatever the list order");
    }

    @Test
    void sameNameInTwoRegionsIsTellApartByTheRegion() {
        assertEquals(ECS_NL, ComponentLookup.find(CATALOG, "Elastic Cloud Server",
                Map.of("region", "EU-NL", "category", "Compute", "type", "ecs")).orElseThrow());
        assertEquals(ECS_DE, ComponentLookup.find(CATALOG, "Elastic Cloud Server",
                Map.of("region", "EU-DE", "category", "Compute", "type", "ecs")).orElseThrow());
    }

    @Test
    void noAttributesFindTheOldestComponentOfThatName() {
        assertEquals(ECS_DE, ComponentLookup.find(List.of(ECS_NL, ECS_DE), "Elastic Cloud Server", Map.of())
                .orElseThrow());
    }

    @Test
    void aPairTheComponentDoesNotHaveFindsNothing() {
        assertTrue(ComponentLookup.find(CATALOG, "Elastic Cloud Server", Map.of("region", "EU-CH2")).isEmpty());
        assertTrue(ComponentLookup.find(CATALOG, "Elastic Cloud Server",
                Map.of("region", "EU-DE", "zone", "eu-de-01")).isEmpty());
    }

    @Test
    void theNameMustMatchExactly() {
        assertTrue(ComponentLookup.find(CATALOG, "elastic cloud server", Map.of()).isEmpty());
        assertTrue(ComponentLookup.find(CATALOG, "Elastic Cloud", Map.of()).isEmpty());
    }
}
