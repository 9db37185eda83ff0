package io.statusdashboard.web.page.operator;

import io.statusdashboard.incident.api.ApiEventDraft;
import io.statusdashboard.incident.api.ApiEventWrites;
import io.statusdashboard.incident.api.ApiWriteOutcome;
import io.statusdashboard.incident.api.ComponentPlacement;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.web.EventLinks;
import io.statusdashboard.web.platform.security.SignedInCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /maintenance/request}: a creator asks for a maintenance window (services, a window
 * in the future, a description, a contact e-mail). It goes through the same write and rules as a
 * creator's API v2 request, waits for an operator's review and is invisible to visitors until
 * then; success redirects to the request's page, which its creator can see.
 */
@Named
@RequestScoped
public class MaintenanceRequestForm extends NewEventForm {

    static final String FORM = "request";

    @Inject
    private ApiEventWrites writes;

    @Inject
    private SignedInCaller signedIn;

    private String contact;

    public void submit() throws IOException {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<Integer> chosen = chosenServices(problems);
        if (chosen.isEmpty()) {
            problems.putIfAbsent(SERVICES, "Choose at least one service.");
        }
        if (getTitle() == null || getTitle().isBlank()) {
            problems.put("title", "Give the maintenance a title.");
        }
        FormTimes.Window window = FormTimes.window(getStart(), getEnd(), getZone(), problems);
        LocalDateTime startUtc = window.start();
        LocalDateTime endUtc = window.end();
        if (problems.isEmpty()) {
            ApiEventDraft draft = new ApiEventDraft(getTitle().strip(),
                    getDescription() == null ? null : getDescription().strip(), 0,
                    EventType.MAINTENANCE, new ArrayList<>(chosen), startUtc, endUtc, false, false,
                    contact == null || contact.isBlank() ? null : contact.strip());
            ApiWriteOutcome<List<ComponentPlacement>> outcome = writes.create(draft, signedIn.get().orElseThrow());
            if (outcome instanceof ApiWriteOutcome.Done<List<ComponentPlacement>> done) {
                Faces.redirect(Faces.getRequestContextPath() + EventLinks.path(done.value().get(0).eventId()));
                return;
            }
            String message = outcome instanceof ApiWriteOutcome.Refused<List<ComponentPlacement>> refused
                    ? refused.message() : outcome instanceof ApiWriteOutcome.Forbidden<List<ComponentPlacement>> forbidden
                    ? forbidden.message() : "The request could not be saved.";
            problems.put(fieldOf(message), sentence(message));
        }
        show(FORM, problems);
    }

    /** Where a refusal of the rules belongs on this form. */
    static String fieldOf(String message) {
        if (message.contains("contact")) {
            return "contact";
        }
        if (message.contains("end_date")) {
            return "end";
        }
        if (message.contains("window") || message.contains("start")) {
            return "start";
        }
        if (message.contains("description")) {
            return "description";
        }
        return message.contains("component") ? SERVICES : "title";
    }

    /** The rules' text as a sentence for a person: field names as they read on the form. */
    static String sentence(String message) {
        String text = message.replace("contact_email", "The contact e-mail").replace("end_date", "end")
                .replace("start_date", "start");
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
