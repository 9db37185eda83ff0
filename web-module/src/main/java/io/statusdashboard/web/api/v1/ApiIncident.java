package io.statusdashboard.web.api.v1;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event as API v1 returns it. Fields without a value are present as {@code null}. */
@JsonbNillable
@JsonbPropertyOrder({"id", "text", "impact", "start_date", "end_date", "updates"})
public record ApiIncident(
        long id,
        @Schema(description = "the title") String text,
        @Schema(description = "0 maintenance, 1 minor, 2 major, 3 outage") int impact,
        @JsonbProperty("start_date") @Schema(description = "UTC, YYYY-MM-DD HH:MM") String startDate,
        @JsonbProperty("end_date") @Schema(description = "UTC, YYYY-MM-DD HH:MM; null while open", nullable = true)
                String endDate,
        @Schema(description = "newest first") List<ApiUpdate> updates) {}
