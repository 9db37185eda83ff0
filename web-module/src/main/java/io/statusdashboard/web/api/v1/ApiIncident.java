package io.statusdashboard.web.api.v1;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event as API v1 returns it. Fields without a value are written as {@code null} (clients read
 * {@code "end_date": null}); {@code @JsonbNillable} sits on each component because Yasson ignores
 * it, and the global null setting, on a record type.
 */
@JsonbPropertyOrder({"id", "text", "impact", "startDate", "endDate", "updates"})
public record ApiIncident(
        long id,
        @JsonbNillable @Schema(description = "the title") String text,
        @Schema(description = "0 maintenance, 1 minor, 2 major, 3 outage") int impact,
        @JsonbNillable @JsonbProperty("start_date")
                @Schema(name = "start_date", description = "UTC, YYYY-MM-DD HH:MM", example = "2026-11-28 09:15")
                String startDate,
        @JsonbNillable @JsonbProperty("end_date")
                @Schema(name = "end_date", description = "UTC, YYYY-MM-DD HH:MM; null while open", nullable = true)
                String endDate,
        @Schema(description = "newest first") List<ApiUpdate> updates) {}
