package io.statusdashboard.web.page.visitor;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.RecentEvents;
import io.statusdashboard.incident.api.UptimeBar;
import io.statusdashboard.web.StatusIcon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything the status page shows for one region, assembled from the catalog, the current events
 * and the region's recent events without further queries.
 *
 * @param regions every region, in the catalog's order, for the region switch
 * @param region the region shown, or {@code null} when the catalog has none
 * @param incidents the region's active incidents, newest first
 * @param elsewhere the other regions with active incidents or maintenances, in the switch's order
 */
public record StatusBoard(
        List<String> regions,
        String region,
        Verdict verdict,
        List<CategoryCard> categories,
        List<EventSummary> incidents,
        List<EventSummary> maintenances,
        List<EventSummary> plannedMaintenances,
        List<RegionCount> elsewhere,
        List<PastIncidents.Day> pastIncidents,
        int uptimeDays) {

    /** Components without a category still appear, in a card of their own at the end. */
    public static final String UNCATEGORIZED = "Other";

    /**
     * Regions in the order the catalog lists them (its components' ids follow the catalog file),
     * the order an operator wrote them in, with the main region usually first.
     */
    public static List<String> regionsOf(List<ComponentView> components) {
        return components.stream()
                .filter(component -> component.region() != null)
                .sorted(Comparator.comparingInt(ComponentView::id))
                .map(ComponentView::region)
                .distinct()
                .toList();
    }

    /**
     * The region a request shows: the one asked for when it exists, else the configured default
     * when it exists, else the catalog's first; {@code null} for a catalog without regions.
     */
    public static String regionToShow(List<String> regions, String requested, String configuredDefault) {
        if (regions.contains(requested)) {
            return requested;
        }
        if (regions.contains(configuredDefault)) {
            return configuredDefault;
        }
        return regions.stream().findFirst().orElse(null);
    }

    /** The ids of a region's components, for reading its recent events. */
    public static Set<Integer> componentIdsOf(List<ComponentView> components, String region) {
        return components.stream()
                .filter(component -> region != null && region.equals(component.region()))
                .map(ComponentView::id)
                .collect(Collectors.toSet());
    }

    /**
     * @param region the region to show (see {@link #regionToShow})
     * @param recent the region's recent events (see {@link #componentIdsOf})
     */
    public static StatusBoard of(List<ComponentView> components, CurrentEvents events, RecentEvents recent,
            String region) {
        Map<Integer, ComponentView> byId = CatalogQueries.byId(components);
        Set<Integer> shown = componentIdsOf(components, region);
        Function<EventView, EventSummary> summary = event -> EventSummary.of(event, byId);
        List<EventView> incidents = inRegion(events.activeIncidents(), shown);
        List<EventView> maintenances = inRegion(events.activeMaintenances(), shown);
        List<String> regions = regionsOf(components);
        return new StatusBoard(
                regions,
                region,
                Verdict.of(incidents, maintenances),
                categories(components, events, recent, region),
                incidents.stream().map(summary).toList(),
                maintenances.stream().map(summary).toList(),
                inRegion(events.planned(), shown).stream().map(summary).toList(),
                elsewhere(regions, region, events, byId),
                PastIncidents.of(recent.events(), recent.asOf(), PastIncidents.DAYS),
                recent.days());
    }

    public boolean allOperational() {
        return verdict == Verdict.OPERATIONAL;
    }

    private static List<EventView> inRegion(List<EventView> events, Set<Integer> componentIds) {
        return events.stream().filter(event -> event.componentIds().stream().anyMatch(componentIds::contains)).toList();
    }

    /** Per other region, how many active incidents and maintenances affect it. */
    private static List<RegionCount> elsewhere(List<String> regions, String region, CurrentEvents events,
            Map<Integer, ComponentView> byId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        regions.stream().filter(other -> !other.equals(region)).forEach(other -> counts.put(other, 0));
        Stream.concat(events.activeIncidents().stream(), events.activeMaintenances().stream())
                .forEach(event -> event.componentIds().stream()
                        .map(byId::get)
                        .filter(Objects::nonNull)
                        .map(ComponentView::region)
                        .filter(counts::containsKey)
                        .distinct()
                        .forEach(other -> counts.merge(other, 1, Integer::sum)));
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> new RegionCount(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static List<CategoryCard> categories(List<ComponentView> components, CurrentEvents events,
            RecentEvents recent, String region) {
        Map<Integer, UptimeBar> bars = recent.uptimeBars();
        UptimeBar quiet = recent.quietBar();
        Map<String, List<ComponentStatus>> byCategory = new TreeMap<>(Comparator
                .comparing((String category) -> category.equals(UNCATEGORIZED))
                .thenComparing(Comparator.naturalOrder()));
        components.stream()
                .filter(component -> region != null && region.equals(component.region()))
                .sorted(Comparator.comparing(ComponentView::name).thenComparingInt(ComponentView::id))
                .forEach(component -> byCategory
                        .computeIfAbsent(Objects.requireNonNullElse(component.category(), UNCATEGORIZED),
                                category -> new ArrayList<>())
                        .add(status(component, events, bars.getOrDefault(component.id(), quiet))));
        return byCategory.entrySet().stream()
                .map(entry -> new CategoryCard(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }

    private static ComponentStatus status(ComponentView component, CurrentEvents events, UptimeBar uptime) {
        EventView event = events.prioritizedEventOf(component.id()).orElse(null);
        return new ComponentStatus(
                component.id(),
                component.name(),
                event == null ? StatusIcon.OPERATIONAL : StatusIcon.of(event),
                event,
                events.nextPlannedMaintenanceOf(component.id()).orElse(null),
                uptime);
    }
}
