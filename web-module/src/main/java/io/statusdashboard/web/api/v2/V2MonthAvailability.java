package io.statusdashboard.web.api.v2;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A component's availability in one calendar month. */
@JsonbPropertyOrder({"year", "month", "percentage"})
public record V2MonthAvailability(
        @Schema(example = "2025") int year,
        @Schema(minimum = "1", maximum = "12") int month,
        @Schema(description = "0 to 100, at most 5 decimals", example = "99.86111") BigDecimal percentage) {}
