package io.statusdashboard.web.page.operator;

import io.statusdashboard.incident.api.AccessRules;
import io.statusdashboard.incident.api.Action;
import io.statusdashboard.incident.api.Actor;
import io.statusdashboard.incident.api.ApiEventPatch;
import io.statusdashboard.incident.api.ApiEventWrites;
import io.statusdashboard.incident.api.ApiWriteOutcome;
import io.statusdashboard.incident.api.CallerRole;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.TimelineText;
import io.statusdashboard.web.EventLinks;
import io.statusdashboard.web.page.visitor.EventPage;
import io.statusdashboard.web.platform.security.SignedInCaller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the creator's forms below their own maintenance request while it waits for review (on the
 * event's page): change its title, description, window and contact, or cancel it. Both are the
 * API's {@code PATCH} ({@link ApiEventWrites#patch}) with the version shown, so the same role table
 * and rules decide, under the same lock: a request reviewed meanwhile is refused, nothing changed.
 */
@Named
@RequestScoped
public class OwnRequestForm {

    static final String FORM = "own-request";
    /** Stored as the dashboard's own sentences, so that a page words them in its language. */
    static final String EDITED = TimelineText.Sentence.REQUEST_CHANGED.text();
    static final String CANCELLED = TimelineText.Sentence.REQUEST_CANCELLED.text();
    static final String CHANGED_MEANWHILE = "This request changed meanwhile (it may have been reviewed). Above is"
            + " its current state; nothing was saved.";

    @Inject
    private EventPage page;

    @Inject
    private ApiEventWrites writes;

    @Inject
    private EventQueries events;

    @Inject
    private SignedInCaller signedIn;

    private Integer version;
    private String title;
    private String description;
    private String start;
    private String end;
    private String zone = FormTimes.UTC;
    private String contact;

    @PostConstruct
    void startFromTheRequest() {
        EventView event = page.getEvent();
        if (event != null && event.isPendingReview()) {
            startFrom(event);
        }
    }

    private void startFrom(EventView event) {
        version = event.version();
        title = event.title();
        description = event.description();
        zone = FormTimes.UTC;
        start = FormTimes.fromUtc(event.start(), ZoneOffset.UTC);
        end = FormTimes.fromUtc(event.end(), ZoneOffset.UTC);
        contact = event.contactEmail();
    }

    /** Whether the person signed in sees these forms: a creator, on their own request while it waits for review. */
    public boolean isShown() {
        EventView event = page.getEvent();
        return event != null && signedIn.get().filter(caller -> shows(caller, event, Faces.isPostback())).isPresent();
    }

    /**
     * A creator's own request pending review, as the role table names it ("only their own"). A form
     * sent back stays in the view even when the request was reviewed meanwhile, so that its action
     * runs and is refused with a message rather than the form vanishing without a word.
     */
    static boolean shows(Actor caller, EventView event, boolean sentBack) {
        return caller.role() == CallerRole.CREATOR && (sentBack || event.isPendingReview())
                && AccessRules.allows(caller.role(), caller.name(), Action.EDIT_PENDING_MAINTENANCE, event.creator());
    }

    public void save() throws IOException {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title == null || title.isBlank()) {
            problems.put("title", "Give the maintenance a title.");
        }
        FormTimes.Window window = FormTimes.window(start, end, zone, problems);
        LocalDateTime startUtc = window.start();
        LocalDateTime endUtc = window.end();
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        send(edit(title, description, startUtc, endUtc, contact, version, now()));
    }

    public void cancel() throws IOException {
        send(cancellation(version, now()));
    }

    /** The API's change of a pending request: it stays pending review, with the fields as the creator left them. */
    static ApiEventPatch edit(String title, String description, LocalDateTime start, LocalDateTime end, String contact,
            Integer version, LocalDateTime now) {
        return new ApiEventPatch(EDITED, EventStatus.PENDING_REVIEW, now, title.strip(),
                description == null ? "" : description.strip(), null, start, end, null, version,
                contact == null || contact.isBlank() ? null : contact.strip());
    }

    /** The API's cancellation of a request, checked against the version the creator saw. */
    static ApiEventPatch cancellation(Integer version, LocalDateTime now) {
        return new ApiEventPatch(CANCELLED, EventStatus.CANCELLED, now, null, null, null, null, null, null, version, null);
    }

    private void send(ApiEventPatch patch) throws IOException {
        EventView event = page.getEvent();
        Actor caller = signedIn.get().orElseThrow();
        ApiWriteOutcome<EventView> outcome = writes.patch(event.id(), patch, caller);
        if (outcome instanceof ApiWriteOutcome.Done<EventView>) {
            Faces.redirect(Faces.getRequestContextPath() + EventLinks.path(event.id()));
        } else if (outcome instanceof ApiWriteOutcome.Conflict<EventView> || outcome instanceof ApiWriteOutcome.Forbidden<EventView>) {
            // Reviewed or changed meanwhile: show the request as it is now, with nothing saved.
            EventView current = events.findAny(event.id()).orElse(event);
            page.show(current);
            if (current.isPendingReview()) {
                startFrom(current);
            }
            Messages.addGlobalError(CHANGED_MEANWHILE);
        } else {
            String message = outcome instanceof ApiWriteOutcome.Refused<EventView> refused ? refused.message()
                    : "The request could not be saved.";
            show(Map.of(MaintenanceRequestForm.fieldOf(message), MaintenanceRequestForm.sentence(message)));
        }
    }

    private static void show(Map<String, String> problems) {
        problems.forEach((field, message) -> Messages.addError(FORM + ":" + field, message));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public List<String> getZones() {
        return FormTimes.zones();
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
