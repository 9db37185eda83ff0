package io.statusdashboard.web.pages;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.errors.ErrorPage;
import io.statusdashboard.web.status.EventSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/** Backs {@code /incidents/{id}}: one event with its regions, services and timeline. */
@Named
@RequestScoped
public class EventPage {

    @Inject
    private EventQueries events;

    @Inject
    private CatalogQueries catalog;

    private EventSummary summary;
    private LocalDateTime now;

    /** View action: loads the event, or answers 404. */
    public void load() throws IOException {
        Object id = Faces.getRequestAttribute(IncidentPathFilter.EVENT_ID);
        EventView event = id instanceof Long eventId ? events.find(eventId).orElse(null) : null;
        if (event == null) {
            ErrorPage.send(404, id == null ? "There is no such incident." : "There is no incident " + id + ".");
            return;
        }
        now = LocalDateTime.now(ZoneOffset.UTC);
        summary = EventSummary.of(event, catalog.components().stream()
                .collect(Collectors.toMap(ComponentView::id, Function.identity())));
    }

    public EventSummary getSummary() {
        return summary;
    }

    public EventView getEvent() {
        return summary.event();
    }

    /** Timeline entries, newest first; v1 description rows are not part of the timeline. */
    public List<UpdateView> getTimeline() {
        return getEvent().updates().stream()
                .filter(UpdateView::isTimelineEntry)
                .sorted(Comparator.comparing(UpdateView::timestamp).thenComparingLong(UpdateView::id).reversed())
                .toList();
    }

    /** The description: the v3 column, or a v1 maintenance's description row. */
    public String getDescription() {
        EventView event = getEvent();
        if (event.description() != null && !event.description().isBlank()) {
            return event.description();
        }
        return event.updates().stream()
                .filter(update -> !update.isTimelineEntry())
                .map(UpdateView::text)
                .findFirst()
                .orElse(null);
    }

    /** "Planned end" for a maintenance whose end is still ahead, else "Ended". */
    public String getEndLabel() {
        EventView event = getEvent();
        return event.isMaintenance() && event.end() != null && event.end().isAfter(now) ? "Planned end" : "Ended";
    }
}
