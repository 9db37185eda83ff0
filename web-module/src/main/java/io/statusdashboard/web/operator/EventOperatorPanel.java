package io.statusdashboard.web.operator;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.web.security.CsrfToken;
import io.statusdashboard.web.security.CurrentOperator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * What operators see below an event: the update form (choices fitting the event's type and
 * state), the "separate" buttons, and the messages a refused or conflicting save left.
 */
@Named
@RequestScoped
public class EventOperatorPanel {

    @Inject
    private CurrentOperator operator;

    @Inject
    private CatalogQueries catalog;

    private FormFlash flash;
    private boolean flashRead;

    public boolean isShown() {
        return operator.isSignedIn();
    }

    public String getCsrf() {
        HttpSession session = Faces.getSession(true);
        return CsrfToken.of(session);
    }

    /** The flash left for this event, read once. */
    public FormFlash flash(EventView event) {
        if (!flashRead) {
            flashRead = true;
            HttpSession session = Faces.getSession(false);
            Object stored = session == null ? null : session.getAttribute(FormFlash.ATTRIBUTE);
            if (stored instanceof FormFlash found && found.eventId() == event.id()) {
                session.removeAttribute(FormFlash.ATTRIBUTE);
                flash = found;
            }
        }
        return flash;
    }

    public String problem(EventView event, String field) {
        FormFlash found = flash(event);
        return found == null ? null : found.problem(field);
    }

    public String value(EventView event, String field, String fallback) {
        FormFlash found = flash(event);
        String entered = found == null ? null : found.entered(field);
        return entered == null || entered.isEmpty() ? fallback : entered;
    }

    public List<String> statuses(EventView event) {
        return EventStatus.choicesFor(event.type(), event.isClosedAt(LocalDateTime.now(ZoneOffset.UTC)));
    }

    public List<Impact> impacts(EventView event) {
        return event.isMaintenance() ? List.of(Impact.MAINTENANCE)
                : Arrays.stream(Impact.values()).filter(impact -> impact != Impact.MAINTENANCE).toList();
    }

    /** The event's components that "separate" may move out: those of an open event with several. */
    public List<ComponentView> separable(EventView event) {
        if (event.isClosedAt(LocalDateTime.now(ZoneOffset.UTC)) || event.componentIds().size() < 2) {
            return List.of();
        }
        Map<Integer, ComponentView> byId = catalog.components().stream()
                .collect(Collectors.toMap(ComponentView::id, component -> component));
        return event.componentIds().stream().map(byId::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(ComponentView::name)).toList();
    }

    public String inputTime(LocalDateTime utc) {
        return FormTimes.fromUtc(utc, "UTC");
    }

    public List<String> getZones() {
        return FormTimes.zones();
    }
}
