package io.statusdashboard.web.api.v2;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to {@code POST /v2/events}: one placement per component posted, in the order posted. */
public record V2PostedEvent(
        @Schema(type = SchemaType.ARRAY, implementation = V2Placement.class) List<V2Placement> result) {}
