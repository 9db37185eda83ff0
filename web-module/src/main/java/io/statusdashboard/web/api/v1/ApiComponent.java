package io.statusdashboard.web.api.v1;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A component with every event it belongs to, active or closed. */
@Schema(name = "ApiComponent", description = "a component with every event it belongs to, active or closed")
@JsonbPropertyOrder({"id", "name", "attributes", "incidents"})
public record ApiComponent(int id, String name, List<ApiAttribute> attributes, List<ApiIncident> incidents) {}
