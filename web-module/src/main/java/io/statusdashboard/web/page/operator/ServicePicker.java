package io.statusdashboard.web.page.operator;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.web.platform.language.PageTexts;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;

/**
 * The services an operator picks from, as checkboxes grouped by region and category. A filter
 * (words that must all appear in a service's name, region, category or type) narrows a catalog
 * of hundreds down to what the operator looks for; services already chosen stay in view whatever
 * the filter says, so nothing is chosen out of sight.
 *
 * @param filter the filter as entered, or empty
 * @param shown how many services the groups hold
 * @param total how many services the catalog holds
 */
public record ServicePicker(String filter, List<Region> regions, int shown, int total) {

    static final String NO_REGION = "No region";
    static final String NO_CATEGORY = "Other";

    public record Region(String name, List<Category> categories) {}

    public record Category(String name, List<Choice> services) {}

    /**
     * One checkbox: {@code label} names the service with its region, as the rest of the form does;
     * {@code searchText} is what the filter's words are looked for in.
     */
    public record Choice(int id, String name, String label, String searchText, boolean chosen) {}

    public static ServicePicker of(Collection<ComponentView> catalog, String filter, Set<Integer> chosen) {
        String entered = filter == null ? "" : filter.strip();
        List<String> words = Arrays.stream(entered.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
        List<ComponentView> shown = catalog.stream()
                .filter(component -> chosen.contains(component.id()) || matches(component, words))
                .toList();
        Map<String, Map<String, List<Choice>>> grouped = new TreeMap<>();
        shown.stream()
                .sorted(Comparator.comparing(ComponentView::name).thenComparingInt(ComponentView::id))
                .forEach(component -> grouped
                        .computeIfAbsent(Objects.requireNonNullElse(component.region(), NO_REGION), key -> new TreeMap<>())
                        .computeIfAbsent(Objects.requireNonNullElse(component.category(), NO_CATEGORY), key -> new ArrayList<>())
                        .add(new Choice(component.id(), component.name(), label(component), searchText(component),
                                chosen.contains(component.id()))));
        List<Region> regions = grouped.entrySet().stream()
                .map(region -> new Region(region.getKey(), region.getValue().entrySet().stream()
                        .map(category -> new Category(category.getKey(), List.copyOf(category.getValue())))
                        .toList()))
                .toList();
        return new ServicePicker(entered, regions, shown.size(), catalog.size());
    }

    /** "Auto Scaling (EU-NL)": a service is one name in one region. */
    public static String label(ComponentView component) {
        return component.region() == null ? component.name() : component.name() + " (" + component.region() + ")";
    }

    /**
     * The services a form sent, by id. An id that is no number or names no service of the catalog
     * (a stale page, a hand-made request) is a sentence under {@code field}.
     */
    static Set<Integer> read(String[] submitted, Collection<ComponentView> catalog, String field,
            Map<String, String> problems) {
        Map<Integer, ComponentView> byId = CatalogQueries.byId(catalog);
        Set<Integer> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String value : submitted == null ? new String[0] : submitted) {
            Integer id = number(value);
            if (id == null || !byId.containsKey(id)) {
                unknown.add("\u201c" + value.strip() + "\u201d");
            } else {
                ids.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            problems.put(field, (unknown.size() == 1 ? "There is no service " + unknown.get(0)
                    : "There are no services " + String.join(", ", unknown))
                    + " (any more): choose services from the list");
        }
        return ids;
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean matches(ComponentView component, List<String> words) {
        String text = searchText(component);
        return words.stream().allMatch(text::contains);
    }

    static String searchText(ComponentView component) {
        return String.join(" ", component.name(), Objects.requireNonNullElse(component.region(), ""),
                Objects.requireNonNullElse(component.category(), ""), Objects.requireNonNullElse(component.type(), ""))
                .toLowerCase(Locale.ROOT);
    }

    /** What the picker shows, in a sentence beside the filter, in the page's language. */
    public String summary() {
        return summary(PageTexts.bundle(), PageTexts.locale());
    }

    String summary(ResourceBundle words, Locale locale) {
        if (filter.isEmpty()) {
            return words.getString("picker.summary");
        }
        return new MessageFormat(words.getString("picker.summaryFiltered"), locale).format(new Object[] {shown, total, filter});
    }

    /** A region's heading: services without a region are grouped under words in the page's language. */
    public String regionHeading(Region region) {
        return region.name().equals(NO_REGION) ? PageTexts.bundle().getString("picker.noRegion") : region.name();
    }

    /** A category's heading, likewise for services without a category. */
    public String categoryHeading(Category category) {
        return category.name().equals(NO_CATEGORY) ? PageTexts.bundle().getString("picker.otherCategory") : category.name();
    }
}
