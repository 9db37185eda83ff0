package io.statusdashboard.web.api.v1;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One timeline entry of an event. */
@JsonbPropertyOrder({"text", "status", "timestamp"})
public record ApiUpdate(
        @JsonbNillable String text,
        @JsonbNillable String status,
        @JsonbNillable @Schema(description = "UTC, YYYY-MM-DD HH:MM", example = "2026-11-28 09:15") String timestamp) {}
