package io.statusdashboard.web.page.operator;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.ChangeOutcome;
import io.statusdashboard.incident.api.EventChanges;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventUpdate;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.EventLinks;
import io.statusdashboard.web.page.visitor.EventPage;
import io.statusdashboard.web.platform.language.PageTexts;
import io.statusdashboard.web.platform.language.TranslatedMessages;
import io.statusdashboard.web.platform.security.CurrentOperator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs the update form below an event (for operators, on the event's own page). It starts from
 * the event as it is: its title, status and impact, and now as the date, to the second. A date
 * left as the form showed it means the moment the update is saved, so an update right after
 * another change is never refused for coming too soon. Success redirects where the original did
 * (resolved or completed: the history; reopened or in progress: the status page of the event's
 * region; otherwise the event); a refusal shows beside its field; a concurrent save shows the event as it is now.
 */
@Named
@RequestScoped
public class UpdateEventForm {

    static final String FORM = "update";
    static final String CONFLICT = "Somebody else saved this event meanwhile. Above is its current state;"
            + " your message is kept below: check the other fields and save again.";

    @Inject
    private EventPage page;

    @Inject
    private EventChanges changes;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private CurrentOperator operator;

    private Integer version;
    private String title;
    private String message;
    private String status;
    private Integer impact;
    private String date;
    private String dateShown;
    private String zone = FormTimes.UTC;
    private String start;
    private String end;
    private String conflict;

    @PostConstruct
    void startFromTheEvent() {
        EventView event = page.getEvent();
        if (event != null) {
            startFrom(event);
        }
    }

    private void startFrom(EventView event) {
        version = event.version();
        title = event.title();
        status = currentStatus(event, statuses(event));
        impact = event.impact().level();
        zone = FormTimes.UTC;
        date = FormTimes.fromUtc(LocalDateTime.now(ZoneOffset.UTC), ZoneOffset.UTC);
        dateShown = date;
        start = FormTimes.fromUtc(event.start(), ZoneOffset.UTC);
        end = FormTimes.fromUtc(event.end(), ZoneOffset.UTC);
    }

    /**
     * The event's status when the form offers it, else the newest one of its timeline that the
     * form offers (automatic notes come between), else the first choice.
     */
    static String currentStatus(EventView event, List<String> choices) {
        if (event.status() != null && choices.contains(event.status())) {
            return event.status();
        }
        List<UpdateView> timeline = event.updates();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).status() != null && choices.contains(timeline.get(i).status())) {
                return timeline.get(i).status();
            }
        }
        return choices.get(0);
    }

    static List<String> statuses(EventView event) {
        return EventStatus.choicesFor(event.type(), event.isClosedAt(LocalDateTime.now(ZoneOffset.UTC)));
    }

    public void submit() throws IOException {
        EventView event = page.getEvent();
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<ZoneId> zoneId = FormTimes.zone(zone);
        if (zoneId.isEmpty()) {
            problems.put("zone", FormTimes.unknownZone(zone));
        }
        // Left as shown, the date is the moment of saving; a "changed" end is always the one entered.
        boolean keptNow = Objects.equals(strip(date), strip(dateShown)) && !EventStatus.CHANGED.equals(status);
        LocalDateTime dateUtc = keptNow ? null : zoneId.map(id -> FormTimes.toUtc(date, id, "date", problems)).orElse(null);
        LocalDateTime startUtc = zoneId.map(id -> FormTimes.toUtc(start, id, "start", problems)).orElse(null);
        LocalDateTime endUtc = zoneId.map(id -> FormTimes.toUtc(end, id, "end", problems)).orElse(null);
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        ChangeOutcome outcome = changes.update(new EventUpdate(event.id(), version == null ? -1 : version, title,
                message == null ? "" : message, impact == null ? null : Impact.ofLevel(impact), status, dateUtc,
                startUtc, endUtc), operator.get().orElseThrow());
        if (outcome instanceof ChangeOutcome.Saved saved) {
            String target = target(status, saved.eventId());
            // The status page opens on one region: the event's own, where it now shows.
            Faces.redirect("/".equals(target) ? page.getBackLink() : Faces.getRequestContextPath() + target);
        } else if (outcome instanceof ChangeOutcome.Rejected rejected) {
            show(rejected.messages());
        } else if (outcome instanceof ChangeOutcome.Conflict concurrent) {
            page.show(concurrent.current());
            String typed = message;
            startFrom(concurrent.current());
            message = typed;
            conflict = CONFLICT;
        }
    }

    private static void show(Map<String, String> problems) {
        problems.forEach((field, text) -> {
            if (field.equals("event")) {
                Messages.addGlobalError(text);
            } else {
                Messages.addError(FORM + ":" + field, text);
            }
        });
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    /** Where the original dashboard sent the operator after a successful update. */
    static String target(String status, long eventId) {
        if (EventStatus.RESOLVED.equals(status) || EventStatus.COMPLETED.equals(status)) {
            return "/history";
        }
        if (EventStatus.REOPENED.equals(status) || EventStatus.IN_PROGRESS.equals(status)) {
            return "/";
        }
        return EventLinks.path(eventId);
    }

    /** The statuses to choose from, each named in the page's language. */
    public List<SelectItem> getStatuses() {
        ResourceBundle words = PageTexts.bundle();
        return statuses(page.getEvent()).stream()
                .map(status -> new SelectItem(status, word(words, "timeline." + status.replace(' ', '_'), status)))
                .toList();
    }

    private static String word(ResourceBundle words, String key, String fallback) {
        return words.containsKey(key) ? words.getString(key) : fallback;
    }

    public List<SelectItem> getImpactChoices() {
        EventView event = page.getEvent();
        return Arrays.stream(Impact.values())
                .filter(choice -> event.isMaintenance() == (choice == Impact.MAINTENANCE))
                .map(choice -> new SelectItem(choice.level(), PageTexts.bundle().getString("impact." + choice.label())))
                .toList();
    }

    /** The event's services that "separate" may move out: those of an open event with several. */
    public List<ServicePicker.Choice> getSeparable() {
        EventView event = page.getEvent();
        if (event.isClosedAt(LocalDateTime.now(ZoneOffset.UTC)) || event.componentIds().size() < 2) {
            return List.of();
        }
        Map<Integer, ComponentView> byId = catalog.componentsById();
        return event.componentIds().stream().map(byId::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(ComponentView::name).thenComparing(ServicePicker::label))
                .map(component -> new ServicePicker.Choice(component.id(), component.name(), ServicePicker.label(component),
                        ServicePicker.searchText(component), false))
                .toList();
    }

    public boolean isMaintenance() {
        return page.getEvent().isMaintenance();
    }

    public List<String> getZones() {
        return FormTimes.zones();
    }

    /** In the page's language. */
    public String getConflict() {
        return conflict == null ? null : TranslatedMessages.translate(conflict);
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

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer impact) {
        this.impact = impact;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getDateShown() {
        return dateShown;
    }

    public void setDateShown(String dateShown) {
        this.dateShown = dateShown;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
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
}
