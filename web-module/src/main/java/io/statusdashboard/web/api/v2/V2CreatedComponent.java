package io.statusdashboard.web.api.v2;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to {@code POST /v2/components}: the new id and what was posted, keys in v3's order. */
@JsonbPropertyOrder({"id", "attributes", "name"})
public record V2CreatedComponent(
        @Schema(example = "12") int id,
        @Schema(type = SchemaType.ARRAY, implementation = V2Attribute.class, description = "in the order posted")
                List<V2Attribute> attributes,
        @Schema(example = "Elastic Cloud Server") String name) {}
