package io.statusdashboard.web.api.v2;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attribute of a component: {@code type}, {@code region} or {@code category} and its value. */
@JsonbPropertyOrder({"name", "value"})
public record V2Attribute(@Schema(example = "region") String name, @Schema(example = "EU-DE") String value) {}
