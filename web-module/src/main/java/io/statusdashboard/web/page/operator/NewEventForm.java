package io.statusdashboard.web.page.operator;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * What the two forms that create an event share ({@link OpenEventForm}, {@link MaintenanceRequestForm}):
 * the services, checkboxes named {@value #SERVICES} narrowed by the page's {@code ?filter=} (a GET,
 * so it works without JavaScript), and the title, description and times of the event. Each form
 * keeps its own rules and messages; the pages name these fields the same on both.
 */
public abstract class NewEventForm {

    /** The request parameter the service checkboxes send: one value per chosen service id. */
    static final String SERVICES = "services";

    @Inject
    private CatalogQueries catalog;

    @Inject
    @Param
    private String filter;

    private String title;
    private String start = "";
    private String end = "";
    private String description;
    private String zone = FormTimes.UTC;
    private List<ComponentView> components;
    private ServicePicker picker;

    /** The services the form sent, a problem under {@value #SERVICES} for any it cannot take. */
    Set<Integer> chosenServices(Map<String, String> problems) {
        return ServicePicker.read(Faces.getRequestParameterValues(SERVICES), components(), SERVICES, problems);
    }

    /** Each problem beside its field of the form {@code form}. */
    static void show(String form, Map<String, String> problems) {
        problems.forEach((field, message) -> Messages.addError(form + ":" + field, message));
    }

    /** The services to pick from: those the filter finds, and those already chosen in a form sent back. */
    public ServicePicker getPicker() {
        if (picker == null) {
            picker = ServicePicker.of(components(), filter, chosenServices(new HashMap<>()));
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

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}
