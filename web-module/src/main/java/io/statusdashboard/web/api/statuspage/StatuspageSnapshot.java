package io.statusdashboard.web.api.statuspage;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.web.Publication;
import java.util.List;

/**
 * What the Statuspage documents are made of, read once per response.
 *
 * @param current the active events and planned maintenances; its {@code asOf} is "now"
 * @param recentIncidents the newest incidents, newest first
 * @param recentMaintenances the newest maintenances, newest first
 * @param root the page's address without a trailing slash: {@code SDB_PUBLIC_URL}, or the context
 *     path (links relative to the host the client used) when that is not set
 */
record StatuspageSnapshot(
        List<ComponentView> components,
        CurrentEvents current,
        List<EventView> recentIncidents,
        List<EventView> recentMaintenances,
        String root) {

    StatuspageSnapshot {
        current = new CurrentEvents(current.asOf(), Publication.publicOnes(current.active()),
                Publication.publicOnes(current.planned()));
        recentIncidents = Publication.publicOnes(recentIncidents);
        recentMaintenances = Publication.publicOnes(recentMaintenances);
    }
}
