package io.statusdashboard.web.page.operator;

import io.statusdashboard.incident.api.ChangeOutcome;
import io.statusdashboard.incident.api.EventChanges;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.NewEvent;
import io.statusdashboard.web.EventLinks;
import io.statusdashboard.web.platform.language.PageTexts;
import io.statusdashboard.web.platform.security.CurrentOperator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /incidents/new}: open an incident or schedule a maintenance. A plain POST; errors
 * appear beside their fields, success redirects to the new event's page. The form posts back to the
 * same address, so a refused form keeps its services' filter.
 */
@Named
@RequestScoped
public class OpenEventForm extends NewEventForm {

    static final String FORM = "open";
    /** The rules' name for the services, and the id of the element their message stands beside. */
    private static final Map<String, String> FIELDS = Map.of("components", SERVICES);

    @Inject
    private EventChanges changes;

    @Inject
    private CurrentOperator operator;

    private Integer impact = Impact.MINOR.level();

    public void submit() throws IOException {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<Integer> chosen = chosenServices(problems);
        Optional<ZoneId> zoneId = FormTimes.zone(getZone());
        if (zoneId.isEmpty()) {
            problems.put("zone", FormTimes.unknownZone(getZone()));
        }
        LocalDateTime startUtc = zoneId.map(id -> FormTimes.toUtc(getStart(), id, "start", problems)).orElse(null);
        LocalDateTime endUtc = zoneId.map(id -> FormTimes.toUtc(getEnd(), id, "end", problems)).orElse(null);
        if (problems.isEmpty()) {
            NewEvent event = new NewEvent(getTitle() == null ? "" : getTitle(),
                    impact == null ? null : Impact.ofLevel(impact), chosen, startUtc, endUtc, getDescription());
            ChangeOutcome outcome = changes.open(event, operator.get().orElseThrow());
            if (outcome instanceof ChangeOutcome.Saved saved) {
                Faces.redirect(Faces.getRequestContextPath() + EventLinks.path(saved.eventId()));
                return;
            }
            if (outcome instanceof ChangeOutcome.Rejected rejected) {
                rejected.messages().forEach((field, message) -> problems.putIfAbsent(FIELDS.getOrDefault(field, field), message));
            }
        }
        show(FORM, problems);
    }

    public List<SelectItem> getImpactChoices() {
        return Arrays.stream(Impact.values())
                .map(choice -> new SelectItem(choice.level(), PageTexts.bundle().getString("impact." + choice.label())))
                .toList();
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer impact) {
        this.impact = impact;
    }
}
