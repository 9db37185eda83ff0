package io.statusdashboard.web.api.v1;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A component with every event it belongs to, active or closed. */
@JsonbPropertyOrder({"id", "name", "attributes", "incidents"})
public record ApiComponent(int id, String name, List<ApiAttribute> attributes, List<ApiIncident> incidents) {}
