package io.statusdashboard.web.page.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.catalog.api.ComponentView;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Grouping, filtering and reading the services an operator picks. */
class ServicePickerTest {

    private static final List<ComponentView> CATALOG = List.of(
            service(1, "Elastic Cloud Server", "EU-DE", "Compute", "ecs"),
            service(2, "Elastic Cloud Server", "EU-NL", "Compute", "ecs"),
            service(3, "Auto Scaling", "EU-NL", "Compute", "as"),
            service(4, "Object Storage Service", "EU-NL", "Storage", "obs"),
            new ComponentView(5, "Legacy thing", Map.of()));

    private static ComponentView service(int id, String name, String region, String category, String type) {
        return new ComponentView(id, name, Map.of("region", region, "category", category, "type", type));
    }

    @Test
    void groupsByRegionThenCategoryWithNamesAndRegions() {
        ServicePicker picker = ServicePicker.of(CATALOG, null, Set.of());
        assertEquals(List.of("EU-DE", "EU-NL", "No region"), picker.regions().stream().map(ServicePicker.Region::name).toList());
        ServicePicker.Region netherlands = picker.regions().get(1);
        assertEquals(List.of("Compute", "Storage"), netherlands.categories().stream().map(ServicePicker.Category::name).toList());
        assertEquals(List.of("Auto Scaling (EU-NL)", "Elastic Cloud Server (EU-NL)"),
                netherlands.categories().get(0).services().stream().map(ServicePicker.Choice::label).toList());
        assertEquals("Other", picker.regions().get(2).categories().get(0).name());
        assertEquals(5, picker.shown());
    }

    @Test
    void everyWordOfTheFilterMustMatchNameRegionCategoryOrType() {
        ServicePicker picker = ServicePicker.of(CATALOG, "  compute   eu-nl ", Set.of());
        assertEquals(List.of(2, 3), ids(picker));
        assertEquals("compute   eu-nl", picker.filter());
        String summary = picker.summary(ResourceBundle.getBundle("io.statusdashboard.web.Texts", Locale.ENGLISH), Locale.ENGLISH);
        assertTrue(summary.startsWith("2 of 5 services shown"), summary);
        assertEquals(List.of(4), ids(ServicePicker.of(CATALOG, "OBS", Set.of())));
        assertEquals(List.of(), ids(ServicePicker.of(CATALOG, "nothing like this", Set.of())));
    }

    @Test
    void chosenServicesShowWhateverTheFilter() {
        ServicePicker picker = ServicePicker.of(CATALOG, "storage", Set.of(1));
        assertEquals(List.of(1, 4), ids(picker));
        assertTrue(picker.regions().get(0).categories().get(0).services().get(0).chosen());
    }

    @Test
    void aServiceThatIsNotInTheCatalogIsASentence() {
        Map<String, String> problems = new HashMap<>();
        assertEquals(Set.of(2, 3), ServicePicker.read(new String[] {"2", " 3 "}, CATALOG, "services", problems));
        assertEquals(Map.of(), problems);
        assertEquals(Set.of(2), ServicePicker.read(new String[] {"2", "99999"}, CATALOG, "services", problems));
        assertEquals("There is no service \u201c99999\u201d (any more): choose services from the list", problems.get("services"));
        ServicePicker.read(new String[] {"x", "-1"}, CATALOG, "services", problems);
        assertEquals("There are no services \u201cx\u201d, \u201c-1\u201d (any more): choose services from the list",
                problems.get("services"));
        assertEquals(Set.of(), ServicePicker.read(null, CATALOG, "services", new HashMap<>()));
    }

    private static List<Integer> ids(ServicePicker picker) {
        return picker.regions().stream().flatMap(region -> region.categories().stream())
                .flatMap(category -> category.services().stream()).map(ServicePicker.Choice::id).sorted().toList();
    }
}
