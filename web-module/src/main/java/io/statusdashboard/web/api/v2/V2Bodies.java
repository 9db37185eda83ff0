package io.statusdashboard.web.api.v2;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request bodies of API v2's writes, for the OpenAPI document only: {@link V2Requests} reads
 * the bodies itself, so that every malformed one is refused with v3's text.
 */
public final class V2Bodies {

    private V2Bodies() {}

    @Schema(name = "V2NewEvent", requiredProperties = {"title", "impact", "components", "start_date", "type"})
    public record NewEvent(
            @Schema(example = "Elastic Cloud Server API errors") String title,
            @Schema(maxLength = 500) String description,
            @Schema(minimum = "0", maximum = "3", description = "0 for maintenance and info, 1 to 3 for incidents") int impact,
            @Schema(type = SchemaType.ARRAY, implementation = Long.class, description = "ids of existing components")
                    List<Long> components,
            @Schema(name = "start_date", format = "date-time", description = "RFC 3339; an incident's not in the future")
                    String start_date,
            @Schema(name = "end_date", format = "date-time", description = "required for a maintenance, never for an incident")
                    String end_date,
            @Schema(description = "monitoring's incident: joins the open system incident of its impact") boolean system,
            @Schema(enumeration = {"incident", "maintenance", "info"}) String type,
            @Schema(name = "contact_email", description = "whom to ask about a maintenance; required of creators",
                    example = "owner@example.com") String contact_email) {}

    @Schema(name = "V2EventChange", requiredProperties = {"message", "status", "update_date"})
    public record EventChange(
            @Schema(description = "the text of the timeline entry the change adds") String message,
            @Schema(description = "one of the event type's statuses", example = "analysing") String status,
            @Schema(name = "update_date", format = "date-time") String update_date,
            @Schema(description = "replaces the title") String title,
            @Schema(maxLength = 500) String description,
            @Schema(description = "an incident's needs status 'impact changed' and stays 1 to 3") Integer impact,
            @Schema(name = "start_date", format = "date-time") String start_date,
            @Schema(name = "end_date", format = "date-time") String end_date,
            @Schema(enumeration = {"incident", "maintenance", "info"}) String type,
            @Schema(description = "the event's version as read; required to approve ('reviewed'), a stale one is 409")
                    Integer version,
            @Schema(name = "contact_email", description = "a new contact for a maintenance") String contact_email) {}

    @Schema(name = "V2UpdateText", requiredProperties = "text")
    public record UpdateText(@Schema(example = "We found the cause.") String text) {}

    @Schema(name = "V2ComponentIds", requiredProperties = "components")
    public record ComponentIds(
            @Schema(type = SchemaType.ARRAY, implementation = Long.class, description = "ids of the event's components")
                    List<Long> components) {}

    @Schema(name = "V2NewComponent", requiredProperties = {"name", "attrs"})
    public record NewComponent(
            @Schema(example = "Elastic Cloud Server") String name,
            @Schema(type = SchemaType.ARRAY, implementation = V2Attribute.class,
                    description = "exactly type, region and category") List<V2Attribute> attrs) {}

    @Schema(name = "V2NewSubscription", requiredProperties = {"type", "url"})
    public record NewSubscription(
            @Schema(enumeration = "webhook") String type,
            @Schema(example = "https://hooks.example.com/status", description = "http(s); not on a loopback or private"
                    + " network unless SDB_WEBHOOK_ALLOW_PRIVATE=true") String url,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "region names to follow")
                    List<String> regions,
            @Schema(type = SchemaType.ARRAY, implementation = Long.class, description = "component ids to follow")
                    List<Long> components,
            @Schema(maxLength = 500) String description) {}
}
