package io.statusdashboard.web.api.v1;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** The 409 body: the component is already in an incident this report may not change. */
@JsonbPropertyOrder({"message", "targetComponent", "existingIncidentId", "existingIncidentTitle", "details"})
public record ApiConflict(
        String message,
        ApiTargetComponent targetComponent,
        long existingIncidentId,
        String existingIncidentTitle,
        String details) {

    static final String MESSAGE = "Incident with this the component already exists";
    static final String DETAILS = "Check your request parameters";

    /** The component as the conflict names it: without its incidents. */
    @JsonbPropertyOrder({"id", "name", "attributes"})
    public record ApiTargetComponent(int id, String name, List<ApiAttribute> attributes) {}
}
