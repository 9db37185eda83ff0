package io.statusdashboard.web.page.visitor;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.web.StatusIcon;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event as the banner and the maintenance lists show it.
 *
 * @param regions the regions of its components, sorted
 * @param services its components' names, with the region in brackets when it spans several
 */
public record EventSummary(EventView event, StatusIcon icon, List<String> regions, List<String> services) {

    /** Names the event's components from the catalog; ids the catalog no longer has are left out. */
    public static EventSummary of(EventView event, Map<Integer, ComponentView> catalog) {
        List<ComponentView> affected = event.componentIds().stream()
                .map(catalog::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(ComponentView::name).thenComparingInt(ComponentView::id))
                .toList();
        List<String> regions = affected.stream()
                .map(ComponentView::region)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        boolean severalRegions = regions.size() > 1;
        List<String> services = affected.stream()
                .map(component -> severalRegions && component.region() != null
                        ? component.name() + " (" + component.region() + ")"
                        : component.name())
                .distinct()
                .toList();
        StatusIcon icon = event.isMaintenance() || event.isIncident() ? StatusIcon.of(event) : StatusIcon.MAINTENANCE;
        return new EventSummary(event, icon, regions, services);
    }

    public String regionList() {
        return String.join(", ", regions);
    }

    public String serviceList() {
        return String.join(", ", services);
    }
}
