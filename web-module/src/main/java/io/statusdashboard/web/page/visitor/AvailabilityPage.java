package io.statusdashboard.web.page.visitor;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.Availability;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.web.platform.errors.ErrorPage;
import io.statusdashboard.web.platform.language.PageTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /availability}: per region ({@code ?region=EU-DE}), by category, one row per
 * service and one column per month for the last six months.
 */
@Named
@RequestScoped
public class AvailabilityPage {

    static final int MONTHS = 6;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");

    /** A cell of the table: the value with two decimals and its colour class. */
    public record Cell(String text, String cssClass) {

        static Cell of(double percent, Locale locale) {
            String css = percent >= 99.95 ? "availability-good" : percent < 90 ? "availability-bad" : "availability-warning";
            return new Cell(String.format(locale, "%.2f", percent), css);
        }
    }

    public record Row(int componentId, String service, List<Cell> cells) {}

    public record Category(String name, List<Row> rows) {}

    @Inject
    private EventQueries events;

    @Inject
    private CatalogQueries catalog;

    @Inject
    @Param
    private String region;

    private List<String> regions;
    private String shownRegion;
    private List<String> monthHeaders;
    private List<Category> categories;

    public void load() throws IOException {
        List<ComponentView> components = catalog.components();
        regions = ComponentView.regionsOf(components);
        if (region != null && !regions.contains(region)) {
            ErrorPage.send(404, "detail.noRegion", region);
            return;
        }
        shownRegion = region != null ? region : regions.stream().findFirst().orElse(null);
        Availability availability = events.availability(MONTHS, LocalDateTime.now(ZoneOffset.UTC));
        Locale locale = PageTexts.locale();
        monthHeaders = availability.months().stream().map(MONTH.withLocale(locale)::format).toList();
        Map<String, List<Row>> byCategory = new TreeMap<>();
        components.stream()
                .filter(component -> shownRegion != null && shownRegion.equals(component.region()))
                .sorted(Comparator.comparing(ComponentView::name))
                .forEach(component -> byCategory
                        .computeIfAbsent(Objects.requireNonNullElse(component.category(), StatusBoard.UNCATEGORIZED), key -> new ArrayList<>())
                        .add(new Row(component.id(), component.name(),
                                availability.of(component.id()).stream().map(percent -> Cell.of(percent, locale)).toList())));
        categories = byCategory.entrySet().stream().map(entry -> new Category(entry.getKey(), entry.getValue()))
                .collect(Collectors.toList());
    }

    public List<String> getRegions() {
        return regions;
    }

    public String getShownRegion() {
        return shownRegion;
    }

    public List<String> getMonthHeaders() {
        return monthHeaders;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public String regionLink(String name) {
        return Faces.getRequestContextPath() + "/availability?region=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }
}
