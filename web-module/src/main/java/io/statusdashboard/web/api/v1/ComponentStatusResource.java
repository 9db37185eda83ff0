package io.statusdashboard.web.api.v1;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.StatusReportOutcome;
import io.statusdashboard.incident.api.StatusReports;
import io.statusdashboard.web.api.OpenApiSchemes;
import io.statusdashboard.web.api.ApiError;
import io.statusdashboard.web.api.ApiException;
import io.statusdashboard.web.api.EventJsonList;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** {@code /api/v1/component_status} and {@code /api/v1/incidents}: what monitoring reads and reports. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ComponentStatusResource {

    @Inject
    private CatalogQueries catalog;

    @Inject
    private EventQueries events;

    @Inject
    private StatusReports statusReports;

    @GET
    @Path("component_status")
    @Operation(summary = "Components with every event they belong to",
            description = "All components, or those whose name starts with 'name' (a literal, case-sensitive"
                    + " prefix), as a list. With both attribute_name and attribute_value: the one component the"
                    + " lookup rule finds among those named exactly 'name', as an object (the original's shape),"
                    + " or 404. One of the two alone is ignored.")
    @APIResponse(responseCode = "200", description = "a list of components; with attribute_name and"
            + " attribute_value, one component (an object)", content = @Content(schema = @Schema(
                    ref = "ComponentStatus")))
    @APIResponse(responseCode = "400", description = "a parameter longer than 255 characters or holding a control"
            + " character", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "no component matches the attribute",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response components(
            @QueryParam("name") @Parameter(description = "name prefix; with the attribute, the exact name") String name,
            @QueryParam("attribute_name") String attributeName,
            @QueryParam("attribute_value") String attributeValue) {
        String prefix = name == null ? "" : ApiText.checked("name", name);
        String key = attributeName == null ? null : ApiText.checked("attribute_name", attributeName);
        String value = attributeValue == null ? null : ApiText.checked("attribute_value", attributeValue);
        if (key != null && value != null) {
            // As in the original, the name is then an exact name, and none given finds nothing.
            ComponentView component = catalog.find(prefix, Map.of(key, value))
                    .orElseThrow(() -> new ApiException(404, "Component does not exist"));
            List<EventView> affecting = new ArrayList<>();
            events.forEachEventAffecting(Set.of(component.id()), affecting::add);
            return Response.ok(ApiV1Json.component(component, affecting)).build();
        }
        return Response.ok(componentsNamedFrom(prefix)).build();
    }

    /**
     * The components of this name prefix with their events, reading no other component's. Read
     * here, so that a database failure is an error response and not a broken body; written as
     * the response goes out. The events come from a cursor, one at a time, and are kept as JSON.
     */
    private ComponentStatusStream componentsNamedFrom(String prefix) {
        if (prefix.isEmpty()) {
            ComponentStatusStream list = new ComponentStatusStream(catalog.components().stream()
                    .sorted(Comparator.comparingInt(ComponentView::id)).toList());
            events.forEachEvent(list);
            return list;
        }
        List<ComponentView> components = catalog.componentsNamedFrom(prefix);
        ComponentStatusStream list = new ComponentStatusStream(components);
        events.forEachEventAffecting(components.stream().map(ComponentView::id).collect(Collectors.toSet()), list);
        return list;
    }

    @POST
    @Path("component_status")
    // Any type reaches the method, which refuses all but JSON with its own message.
    @Consumes(MediaType.WILDCARD)
    @StatusReportEndpoint
    @SecurityRequirement(name = OpenApiSchemes.BEARER)
    @Operation(summary = "Report a component's health",
            description = "Opens, joins or escalates a system incident for the component, or answers with the"
                    + " maintenance or incident that already covers it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiStatusReport.class)))
    @APIResponse(responseCode = "201", description = "the event the component is in now",
            content = @Content(schema = @Schema(implementation = ApiIncident.class)))
    @APIResponse(responseCode = "409", description = "an operator's incident, or a system incident of at least"
            + " this impact, already holds the component", content = @Content(schema = @Schema(implementation = ApiConflict.class)))
    @APIResponse(responseCode = "400", description = "malformed body, unknown impact or unknown component",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "missing or invalid token",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "413", description = "body over 64 KiB",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "415", description = "a body that is not application/json",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response report(@HeaderParam(HttpHeaders.CONTENT_LENGTH) @Parameter(hidden = true) Long contentLength,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            InputStream body) {
        requireJson(contentType);
        if (contentLength != null && contentLength > StatusReportParser.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = readAtMost(body, StatusReportParser.MAX_BODY_BYTES + 1);
        if (bytes.length > StatusReportParser.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        StatusReportOutcome outcome = statusReports.report(StatusReportParser.parse(bytes));
        if (outcome instanceof StatusReportOutcome.Accepted accepted) {
            return Response.status(Response.Status.CREATED).entity(ApiV1Json.incident(accepted.event())).build();
        }
        if (outcome instanceof StatusReportOutcome.Conflict conflict) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(ApiV1Json.conflict(conflict.component(), conflict.existingId(), conflict.existingTitle())).build();
        }
        throw new ApiException(400, "Component does not exist");
    }

    @GET
    @Path("incidents")
    @Operation(summary = "Every event, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = ApiIncident.class)))
    public Response incidents() {
        EventJsonList<ApiIncident> list = ApiV1Json.incidentList();
        events.forEachEvent(list);
        return Response.ok(list).build();
    }

    /**
     * The original read the body as JSON only when it was declared so (anything else left the
     * fields missing, a 422), so every client sends that type; a form or a text is a mistake.
     */
    private static void requireJson(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.isWildcardType()
                || type.isWildcardSubtype()) {
            throw new ApiException(415, "Send the report as Content-Type: application/json");
        }
    }

    /** The body, or a 400 when the client breaks off while sending it. */
    private static byte[] readAtMost(InputStream body, int limit) {
        try {
            return body.readNBytes(limit);
        } catch (IOException e) {
            throw new ApiException(400, "The body could not be read to its end");
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "The body is larger than " + StatusReportParser.MAX_BODY_BYTES + " bytes");
    }
}
