package io.statusdashboard.web.api.v2;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an event's timeline. */
@JsonbPropertyOrder({"id", "status", "text", "timestamp"})
public record V2Update(
        @Schema(description = "the entry's position in the event's timeline, from 0, in the order written") int id,
        @Schema(example = "analysing", description = "SYSTEM for notes the dashboard wrote itself") String status,
        @Schema(example = "We are looking into it.") String text,
        @Schema(description = "RFC 3339, UTC", example = "2025-05-22T11:12:42.559346Z") String timestamp) {

    /**
     * Cheap, and consistent with equals: Yasson keeps every object it is writing in a HashSet (its
     * recursion check), and a record's own hashCode walks everything the record holds.
     */
    @Override
    public int hashCode() {
        return 31 * id + timestamp.hashCode();
    }
}
