package io.statusdashboard.web.api.v2;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A component; {@code name} and {@code attributes} are left out when empty, as v3 does. Every
 * component carries {@code @Schema}: Payara's OpenAPI leaves unannotated record components out.
 */
@JsonbPropertyOrder({"id", "name", "attributes"})
public record V2Component(
        @Schema(example = "1") int id,
        @Schema(example = "Elastic Cloud Server") String name,
        @Schema(type = SchemaType.ARRAY, implementation = V2Attribute.class, description = "in the order they were stored")
                List<V2Attribute> attributes) {

    /**
     * Cheap, and consistent with equals: Yasson keeps every object it is writing in a HashSet (its
     * recursion check), and a record's own hashCode walks everything the record holds.
     */
    @Override
    public int hashCode() {
        return id;
    }
}
