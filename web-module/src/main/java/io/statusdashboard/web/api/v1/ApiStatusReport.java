package io.statusdashboard.web.api.v1;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/component_status}; documents the request, which is parsed strictly. */
@Schema(name = "StatusReport")
public record ApiStatusReport(
        @Schema(required = true, example = "Elastic Cloud Server") String name,
        @Schema(required = true, description = "1 minor, 2 major, 3 outage", minimum = "1", maximum = "3") int impact,
        @Schema(description = "title of an incident this report opens", defaultValue = "Incident") String text,
        @Schema(description = "find the component among those of that name, e.g. [{name: region, value: EU-DE}]")
                List<ApiAttribute> attributes) {}
