package io.statusdashboard.web.operator;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.ApiEventDraft;
import io.statusdashboard.incident.api.ApiEventWrites;
import io.statusdashboard.incident.api.ApiWriteOutcome;
import io.statusdashboard.incident.api.ComponentPlacement;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.web.EventLinks;
import io.statusdashboard.web.security.SignedInCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /maintenance/request}: a creator asks for a maintenance window (services, a window
 * in the future, a description, a contact e-mail). It goes through the same write and rules as a
 * creator's API v2 request, waits for an operator's review and is invisible to visitors until
 * then; success redirects to the request's page, which its creator can see.
 */
@Named
@RequestScoped
public class MaintenanceRequestForm {

    static final String FORM = "request";
    static final String SERVICES = "services";

    @Inject
    private CatalogQueries catalog;

    @Inject
    private ApiEventWrites writes;

    @Inject
    private SignedInCaller signedIn;

    @Inject
    @Param
    private String filter;

    private String title;
    private String start = "";
    private String end = "";
    private String description;
    private String contact;
    private String zone = FormTimes.UTC;
    private List<ComponentView> components;
    private ServicePicker picker;

    public void submit() throws IOException {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<Integer> chosen = ServicePicker.read(Faces.getRequestParameterValues(SERVICES), components(), SERVICES,
                problems);
        if (chosen.isEmpty()) {
            problems.putIfAbsent(SERVICES, "Choose at least one service.");
        }
        if (title == null || title.isBlank()) {
            problems.put("title", "Give the maintenance a title.");
        }
        FormTimes.Window window = FormTimes.window(start, end, zone, problems);
        LocalDateTime startUtc = window.start();
        LocalDateTime endUtc = window.end();
        if (problems.isEmpty()) {
            ApiEventDraft draft = new ApiEventDraft(title.strip(), description == null ? null : description.strip(), 0,
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
        problems.forEach((field, message) -> Messages.addError(FORM + ":" + field, message));
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

    public ServicePicker getPicker() {
        if (picker == null) {
            Set<Integer> chosen = ServicePicker.read(Faces.getRequestParameterValues(SERVICES), components(), SERVICES,
                    new HashMap<>());
            picker = ServicePicker.of(components(), filter, chosen);
        }
        return picker;
    }

    private List<ComponentView> components() {
        if (components == null) {
            components = catalog.components();
        }
        return components;
    }

    public List<String> getZones() {
        return FormTimes.zones();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
