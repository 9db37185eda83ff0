package io.statusdashboard.web.status;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the status page shows for one region, assembled from the catalog and the current
 * events without further queries.
 *
 * @param regions every region, for the region switch
 * @param region the region shown, or {@code null} when the catalog has none
 */
public record StatusBoard(
        List<String> regions,
        String region,
        List<CategoryCard> categories,
        List<EventSummary> incidents,
        List<EventSummary> maintenances,
        List<EventSummary> plannedMaintenances) {

    /** Components without a category still appear, in a card of their own at the end. */
    public static final String UNCATEGORIZED = "Other";

    /**
     * @param requestedRegion the region asked for; {@code null} or unknown shows the first region
     */
    public static StatusBoard of(List<ComponentView> components, CurrentEvents events, String requestedRegion) {
        List<String> regions = ComponentView.regionsOf(components);
        String region = regions.contains(requestedRegion) ? requestedRegion : regions.stream().findFirst().orElse(null);
        Map<Integer, ComponentView> byId = components.stream()
                .collect(Collectors.toMap(ComponentView::id, Function.identity()));
        Function<EventView, EventSummary> summary = event -> EventSummary.of(event, byId);
        return new StatusBoard(
                regions,
                region,
                categories(components, events, region),
                events.activeIncidents().stream().map(summary).toList(),
                events.activeMaintenances().stream().map(summary).toList(),
                events.planned().stream().map(summary).toList());
    }

    public boolean allOperational() {
        return incidents.isEmpty();
    }

    private static List<CategoryCard> categories(List<ComponentView> components, CurrentEvents events, String region) {
        Map<String, List<ComponentStatus>> byCategory = new TreeMap<>(Comparator
                .comparing((String category) -> category.equals(UNCATEGORIZED))
                .thenComparing(Comparator.naturalOrder()));
        components.stream()
                .filter(component -> region != null && region.equals(component.region()))
                .sorted(Comparator.comparing(ComponentView::name).thenComparingInt(ComponentView::id))
                .forEach(component -> byCategory
                        .computeIfAbsent(Objects.requireNonNullElse(component.category(), UNCATEGORIZED),
                                category -> new ArrayList<>())
                        .add(status(component, events)));
        return byCategory.entrySet().stream()
                .map(entry -> new CategoryCard(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }

    private static ComponentStatus status(ComponentView component, CurrentEvents events) {
        EventView event = events.prioritizedEventOf(component.id()).orElse(null);
        return new ComponentStatus(
                component.id(),
                component.name(),
                event == null ? StatusIcon.OPERATIONAL : StatusIcon.of(event),
                event,
                events.nextPlannedMaintenanceOf(component.id()).orElse(null));
    }

}
