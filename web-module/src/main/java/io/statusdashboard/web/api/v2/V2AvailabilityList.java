package io.statusdashboard.web.api.v2;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /v2/availability}: {@code {"data": [...]}}, every component. */
public record V2AvailabilityList(
        @Schema(type = SchemaType.ARRAY, implementation = V2ComponentAvailability.class, description = "by id")
                List<V2ComponentAvailability> data) {

    /**
     * Cheap, and consistent with equals: Yasson keeps every object it is writing in a HashSet (its
     * recursion check), and a record's own hashCode walks everything the record holds.
     */
    @Override
    public int hashCode() {
        return data.size();
    }
}
