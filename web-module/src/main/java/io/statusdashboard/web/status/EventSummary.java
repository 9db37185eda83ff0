package io.statusdashboard.web.status;

import io.statusdashboard.incident.api.EventView;
import java.util.List;

/**
 * An event as the banner and the maintenance lists show it.
 *
 * @param regions the regions of its components, sorted
 * @param services its components' names, with the region in brackets when it spans several
 */
public record EventSummary(EventView event, StatusIcon icon, List<String> regions, List<String> services) {

    public String regionList() {
        return String.join(", ", regions);
    }

    public String serviceList() {
        return String.join(", ", services);
    }
}
