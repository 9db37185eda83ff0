package io.statusdashboard.web.api.v2;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one posted component ended up; {@code error} only when the event could not take it. */
@JsonbPropertyOrder({"componentId", "incidentId", "error"})
public record V2Placement(
        @JsonbProperty("component_id") @Schema(name = "component_id", example = "12") int componentId,
        @JsonbProperty("incident_id") @Schema(name = "incident_id", example = "42",
                description = "the event that holds the component now") long incidentId,
        @Schema(example = "event creation failed, component in maintenance",
                description = "left out unless the component stays in a maintenance") String error) {}
