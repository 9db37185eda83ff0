package io.statusdashboard.web.page.visitor;

import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UptimeBar;
import io.statusdashboard.web.StatusIcon;

/**
 * One line of a category card.
 *
 * @param event the prioritized active event, or {@code null} when operational
 * @param plannedMaintenance the next planned maintenance, or {@code null}
 * @param uptime its recent days
 */
public record ComponentStatus(int id, String name, StatusIcon icon, EventView event, EventView plannedMaintenance,
        UptimeBar uptime) {}
