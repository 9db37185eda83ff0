package io.statusdashboard.web.operator;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.ChangeOutcome;
import io.statusdashboard.incident.api.EventChanges;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.NewEvent;
import io.statusdashboard.web.EventLinks;
import io.statusdashboard.web.language.PageTexts;
import io.statusdashboard.web.security.CurrentOperator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /incidents/new}: open an incident or schedule a maintenance. A plain POST; errors
 * appear beside their fields, success redirects to the new event's page. The services are
 * checkboxes named {@value #SERVICES}, narrowed by the page's {@code ?filter=} (a GET, so it works
 * without JavaScript); the form posts back to the same address, so a refused form keeps its filter.
 */
@Named
@RequestScoped
public class OpenEventForm {

    static final String FORM = "open";
    /** The request parameter the service checkboxes send: one value per chosen service id. */
    static final String SERVICES = "services";
    /** The rules' name for the services, and the id of the element their message stands beside. */
    private static final Map<String, String> FIELDS = Map.of("components", SERVICES);

    @Inject
    private CatalogQueries catalog;

    @Inject
    private EventChanges changes;

    @Inject
    private CurrentOperator operator;

    @Inject
    @Param
    private String filter;

    private String title;
    private Integer impact = Impact.MINOR.level();
    private String start = "";
    private String end = "";
    private String description;
    private String zone = FormTimes.UTC;
    private List<ComponentView> components;
    private ServicePicker picker;

    public void submit() throws IOException {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<Integer> chosen = ServicePicker.read(Faces.getRequestParameterValues(SERVICES), components(), SERVICES, problems);
        Optional<ZoneId> zoneId = FormTimes.zone(zone);
        if (zoneId.isEmpty()) {
            problems.put("zone", FormTimes.unknownZone(zone));
        }
        LocalDateTime startUtc = zoneId.map(id -> FormTimes.toUtc(start, id, "start", problems)).orElse(null);
        LocalDateTime endUtc = zoneId.map(id -> FormTimes.toUtc(end, id, "end", problems)).orElse(null);
        if (problems.isEmpty()) {
            NewEvent event = new NewEvent(title == null ? "" : title, impact == null ? null : Impact.ofLevel(impact),
                    chosen, startUtc, endUtc, description);
            ChangeOutcome outcome = changes.open(event, operator.get().orElseThrow());
            if (outcome instanceof ChangeOutcome.Saved saved) {
                Faces.redirect(Faces.getRequestContextPath() + EventLinks.path(saved.eventId()));
                return;
            }
            if (outcome instanceof ChangeOutcome.Rejected rejected) {
                rejected.messages().forEach((field, message) -> problems.putIfAbsent(FIELDS.getOrDefault(field, field), message));
            }
        }
        problems.forEach((field, message) -> Messages.addError(FORM + ":" + field, message));
    }

    /** The services to pick from: those the filter finds, and those already chosen in a form sent back. */
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

    public List<SelectItem> getImpactChoices() {
        return Arrays.stream(Impact.values())
                .map(choice -> new SelectItem(choice.level(), PageTexts.bundle().getString("impact." + choice.label())))
                .toList();
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

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer impact) {
        this.impact = impact;
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

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
