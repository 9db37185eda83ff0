package io.statusdashboard.web.api.v2;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One component's availability over the last twelve months. */
@JsonbPropertyOrder({"id", "name", "availability", "region"})
public record V2ComponentAvailability(
        @Schema(example = "1") int id,
        @Schema(example = "Elastic Cloud Server") String name,
        @JsonbNillable @Schema(type = SchemaType.ARRAY, implementation = V2MonthAvailability.class, nullable = true,
                description = "the current month first; null for a component that never had an event")
                List<V2MonthAvailability> availability,
        @Schema(description = "its region attribute, or empty", example = "EU-DE") String region) {

    /**
     * Cheap, and consistent with equals: Yasson keeps every object it is writing in a HashSet (its
     * recursion check), and a record's own hashCode walks everything the record holds.
     */
    @Override
    public int hashCode() {
        return id;
    }
}
