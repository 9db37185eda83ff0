package io.statusdashboard.web.page.visitor;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.platform.errors.ErrorPage;
import io.statusdashboard.web.platform.security.SignedInCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.omnifaces.util.Faces;

/** Backs {@code /incidents/{id}}: one event with its regions, services and timeline. */
@Named
@RequestScoped
public class EventPage {

    @Inject
    private EventQueries events;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private SignedInCaller signedIn;

    @Inject
    private TimelineWords timelineWords;

    private EventSummary summary;
    private boolean looked;
    private LocalDateTime now;

    /** View action: answers 404 when there is no such event. */
    public void load() throws IOException {
        if (getSummary() == null) {
            Object id = Faces.getRequestAttribute(IncidentPathFilter.EVENT_ID);
            if (id == null) {
                ErrorPage.send(404, "detail.noSuchIncident");
            } else {
                ErrorPage.send(404, "detail.noIncident", String.valueOf(id));
            }
        }
    }

    /**
     * The event of this request's {@code /incidents/{id}}, read on first use: view actions do not
     * run when an operator's form is sent back to the page, nor when an expired form is shown again.
     */
    public EventSummary getSummary() {
        if (!looked) {
            looked = true;
            Object id = Faces.getRequestAttribute(IncidentPathFilter.EVENT_ID);
            if (id instanceof Long eventId) {
                // A request not published yet is shown to its creator and reviewers only; to anyone
                // else it does not exist. Visitors (no principal) never read past find.
                (signedIn.get().isPresent() ? events.findAny(eventId).filter(signedIn::maySee) : events.find(eventId))
                        .ifPresent(this::show);
            }
        }
        return summary;
    }

    public EventView getEvent() {
        return getSummary() == null ? null : summary.event();
    }

    /** Shows this state of the event instead, such as what another operator saved meanwhile. */
    public void show(EventView event) {
        looked = true;
        now = LocalDateTime.now(ZoneOffset.UTC);
        summary = EventSummary.of(event, catalog.componentsById());
    }

    /** Timeline entries, newest first; v1 description rows are not part of the timeline. */
    public List<UpdateView> getTimeline() {
        return getEvent().updatesNewestFirst().stream()
                .filter(UpdateView::isTimelineEntry)
                .toList();
    }

    /**
     * The description (the v3 column, or a v1 maintenance's description row); one the dashboard
     * wrote itself, in the page's language.
     */
    public String getDescription() {
        return timelineWords.description(getEvent().descriptionText());
    }

    /** Where the event stands now. */
    public EventBadge getBadge() {
        return EventBadge.of(getEvent(), now);
    }

    /** The icon of its impact while it matters; a tick once it is over, a warning no longer. */
    public String getIconClass() {
        EventBadge badge = getBadge();
        if (!badge.isOver()) {
            return summary.icon().getCssClass();
        }
        return badge == EventBadge.CANCELLED ? "bi-slash-circle text-body-secondary" : "bi-check-circle-fill text-success";
    }

    /** The bundle key of the icon's text alternative. */
    public String getIconKey() {
        EventBadge badge = getBadge();
        return badge.isOver() ? badge.getKey() : summary.icon().getKey();
    }

    /** Back to the status page, on the event's region's tab when it has exactly one. */
    public String getBackLink() {
        String base = Faces.getRequestContextPath() + "/";
        List<String> regions = getSummary() == null ? List.of() : summary.regions();
        return regions.size() == 1 ? base + "?region=" + URLEncoder.encode(regions.get(0), StandardCharsets.UTF_8) : base;
    }

    /** The bundle key of "Planned end" for a maintenance whose end is still ahead, else of "Ended". */
    public String getEndKey() {
        EventView event = getEvent();
        return event.isMaintenance() && event.end() != null && event.end().isAfter(now) ? "event.plannedEnd" : "event.ended";
    }
}
