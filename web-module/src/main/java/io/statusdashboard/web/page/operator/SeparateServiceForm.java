package io.statusdashboard.web.page.operator;

import io.statusdashboard.incident.api.ChangeOutcome;
import io.statusdashboard.incident.api.EventChanges;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.web.EventLinks;
import io.statusdashboard.web.page.visitor.EventPage;
import io.statusdashboard.web.platform.language.TranslatedMessages;
import io.statusdashboard.web.platform.security.CurrentOperator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/**
 * Backs the "Separate …" buttons below an event: each is a form of its own that names its service
 * and the event version the operator saw, so the button pressed is the service moved whatever
 * changed on the page meanwhile. Success shows the new event.
 */
@Named
@RequestScoped
public class SeparateServiceForm {

    static final String SERVICE = "service";
    static final String VERSION = "version";
    static final String STALE = "The page was out of date, so nothing was separated. Here is the event as it is now.";

    @Inject
    private EventPage page;

    @Inject
    private EventChanges changes;

    @Inject
    private CurrentOperator operator;

    private String problem;

    public void separate() throws IOException {
        EventView event = page.getEvent();
        Integer service = number(Faces.getRequestParameter(SERVICE));
        Integer version = number(Faces.getRequestParameter(VERSION));
        if (service == null || version == null) {
            problem = STALE;
            return;
        }
        ChangeOutcome outcome = changes.separate(event.id(), version, service, operator.get().orElseThrow());
        if (outcome instanceof ChangeOutcome.Saved saved) {
            Faces.redirect(Faces.getRequestContextPath() + EventLinks.path(saved.eventId()));
        } else if (outcome instanceof ChangeOutcome.Rejected rejected) {
            problem = String.join(" ", rejected.messages().values());
        } else if (outcome instanceof ChangeOutcome.Conflict concurrent) {
            page.show(concurrent.current());
            problem = STALE;
        }
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** In the page's language. */
    public String getProblem() {
        return problem == null ? null : TranslatedMessages.translate(problem);
    }
}
