package io.statusdashboard.web.api.v2;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An incident, maintenance or info event as status-dashboard-v3 writes it, keys in its order;
 * {@code description}, {@code end_date}, {@code updates} and {@code status} are left out when
 * empty (an open event has no {@code end_date} key at all). {@code creator}, {@code contact_email} and
 * {@code version} are ours, given only to authenticated readers.
 */
@JsonbPropertyOrder({"id", "title", "description", "impact", "components", "startDate", "endDate", "system", "type",
        "updates", "status", "creator", "contactEmail", "version"})
public record V2Event(
        @Schema(example = "42") long id,
        @Schema(example = "Elastic Cloud Server API errors") String title,
        @Schema(description = "left out when empty") String description,
        @Schema(description = "0 maintenance or info, 1 minor, 2 major, 3 outage", minimum = "0", maximum = "3") int impact,
        @Schema(type = SchemaType.ARRAY, implementation = Integer.class, description = "ids of the affected components")
                List<Integer> components,
        @JsonbProperty("start_date") @Schema(name = "start_date", description = "RFC 3339, UTC",
                example = "2025-05-22T10:12:42Z") String startDate,
        @JsonbProperty("end_date") @Schema(name = "end_date", description = "RFC 3339, UTC; absent while open")
                String endDate,
        @Schema(description = "opened by monitoring") boolean system,
        @Schema(enumeration = {"incident", "maintenance", "info"}) String type,
        @Schema(type = SchemaType.ARRAY, implementation = V2Update.class, description = "the timeline in the order written")
                List<V2Update> updates,
        @Schema(example = "analysing", description = "the current status; left out when there is none") String status,
        @Schema(description = "who created it; only for authenticated readers, left out when unknown") String creator,
        @JsonbProperty("contact_email") @Schema(name = "contact_email",
                description = "whom to ask about the maintenance; only for authenticated readers") String contactEmail,
        @Schema(description = "changes with every save; approvals send it back; only for authenticated readers")
                Integer version) {

    /**
     * Cheap, and consistent with equals: Yasson keeps every object it is writing in a HashSet (its
     * recursion check), and a record's own hashCode walks everything the record holds.
     */
    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
