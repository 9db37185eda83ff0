package io.statusdashboard.web.api.v2;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A list of events: {@code {"data": [...], "pagination": {...}}}, or only {@code {"data": []}} when none matches. */
@JsonbPropertyOrder({"data", "pagination"})
public record V2EventList(
        @Schema(type = SchemaType.ARRAY, implementation = V2Event.class, description = "newest start first")
                List<V2Event> data,
        @Schema(implementation = V2Pagination.class,
                description = "on /v2/events when at least one event matches; never on /v2/incidents")
                V2Pagination pagination) {

    /**
     * Cheap, and consistent with equals: Yasson keeps every object it is writing in a HashSet (its
     * recursion check), and a record's own hashCode walks everything the record holds.
     */
    @Override
    public int hashCode() {
        return 31 * data.size() + (pagination == null ? 0 : Long.hashCode(pagination.totalRecords()));
    }
}
