package io.statusdashboard.web.operator;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.ChangeOutcome;
import io.statusdashboard.incident.api.EventChanges;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.NewEvent;
import io.statusdashboard.web.security.CurrentOperator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /incidents/new}: open an incident or schedule a maintenance. A plain POST; errors
 * appear beside their fields, success redirects to the new event's page.
 */
@Named
@RequestScoped
public class OpenEventForm {

    static final String FORM = "open";

    @Inject
    private CatalogQueries catalog;

    @Inject
    private EventChanges changes;

    @Inject
    private CurrentOperator operator;

    private String title;
    private Integer impact = Impact.MINOR.level();
    private Integer[] componentIds = new Integer[0];
    private String start = "";
    private String end = "";
    private String description;
    private String zone = "UTC";

    public void submit() throws IOException {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDateTime startUtc = time("start", start, problems);
        LocalDateTime endUtc = time("end", end, problems);
        if (problems.isEmpty()) {
            NewEvent event = new NewEvent(title == null ? "" : title, impact == null ? null : Impact.ofLevel(impact),
                    Set.copyOf(Arrays.asList(componentIds)), startUtc, endUtc, description);
            ChangeOutcome outcome = changes.open(event, operator.get().orElseThrow());
            if (outcome instanceof ChangeOutcome.Saved saved) {
                Faces.redirect(Faces.getRequestContextPath() + "/incidents/" + saved.eventId());
                return;
            }
            if (outcome instanceof ChangeOutcome.Rejected rejected) {
                problems.putAll(rejected.messages());
            }
        }
        problems.forEach((field, message) -> Messages.addError(FORM + ":" + field, message));
    }

    private LocalDateTime time(String field, String input, Map<String, String> problems) {
        try {
            return FormTimes.toUtc(input, zone).orElse(null);
        } catch (DateTimeParseException e) {
            problems.put(field, "Enter a date and time like 2026-11-28T14:30");
            return null;
        }
    }

    public List<SelectItem> getImpactChoices() {
        return Arrays.stream(Impact.values())
                .map(choice -> new SelectItem(choice.level(), choice.label()))
                .toList();
    }

    /** Services grouped by region, shown as "name (region)". */
    public List<SelectItem> getComponentChoices() {
        Map<String, List<ComponentView>> byRegion = catalog.components().stream()
                .collect(Collectors.groupingBy(component -> Objects.requireNonNullElse(component.region(), "No region"),
                        TreeMap::new, Collectors.toList()));
        return byRegion.entrySet().stream().map(region -> {
            SelectItemGroup group = new SelectItemGroup(region.getKey());
            group.setSelectItems(region.getValue().stream()
                    .sorted(Comparator.comparing(ComponentView::name))
                    .map(component -> new SelectItem(component.id(), component.name()
                            + Optional.ofNullable(component.region()).map(name -> " (" + name + ")").orElse("")))
                    .toArray(SelectItem[]::new));
            return (SelectItem) group;
        }).toList();
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

    public Integer[] getComponentIds() {
        return componentIds;
    }

    public void setComponentIds(Integer[] componentIds) {
        this.componentIds = componentIds == null ? new Integer[0] : componentIds;
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
