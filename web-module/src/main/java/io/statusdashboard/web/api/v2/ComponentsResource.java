package io.statusdashboard.web.api.v2;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.CatalogWrites;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.web.api.OpenApiSchemes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v2/components}: the catalog, by id, and new components. */
@Path("components")
@RequestScoped
@Tag(name = "v2 components")
public class ComponentsResource {

    @Inject
    private CatalogQueries catalog;

    @Inject
    private CatalogWrites catalogWrites;

    @GET
    @Operation(summary = "Every component with its attributes, by id")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = V2Component.class)))
    public Response components() {
        return Response.ok(catalog.components().stream()
                .sorted(Comparator.comparingInt(ComponentView::id))
                .map(V2Json::component)
                .toList(), V2Application.JSON).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One component")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = V2Component.class)))
    @APIResponse(responseCode = "400", description = "component invalid format: not a number above 0",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    @APIResponse(responseCode = "404", description = "component does not exist",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    public Response component(@PathParam("id") @Parameter(required = true, description = "a number above 0") String id) {
        long componentId = PathIds.componentId(id);
        ComponentView component = catalog.components().stream()
                .filter(candidate -> candidate.id() == componentId)
                .findFirst()
                .orElseThrow(() -> V2Exception.notFound(V2Exception.COMPONENT_NOT_FOUND));
        return Response.ok(V2Json.component(component), V2Application.JSON).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @TokenRequired
    @SecurityRequirement(name = OpenApiSchemes.BEARER)
    @Operation(summary = "Add a component",
            description = "Exactly the attributes type, region and category; the name must be new in its region."
                    + " The component is on the status page, in API v1 and in the feeds from the next request on.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = V2Bodies.NewComponent.class)))
    @APIResponse(responseCode = "201", description = "the new component, attributes as posted",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2CreatedComponent.class)))
    @APIResponse(responseCode = "400", description = "malformed body, component attribute has invalid format,"
            + " or component already exists",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    @APIResponse(responseCode = "401", description = "not authenticated",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    public Response create(@Parameter(hidden = true) InputStream body) {
        V2Requests.NewComponent posted = V2Requests.component(body);
        CatalogWrites.Creation creation = catalogWrites.create(posted.name(), posted.attributes());
        if (creation instanceof CatalogWrites.Creation.Refused refused) {
            throw V2Exception.badRequest(refused.message());
        }
        ComponentView created = ((CatalogWrites.Creation.Created) creation).component();
        return Response.status(Response.Status.CREATED).type(V2Application.JSON)
                .entity(new V2CreatedComponent(created.id(), posted.attributes().stream()
                        .map(attribute -> new V2Attribute(attribute.name(), attribute.value())).toList(), created.name()))
                .build();
    }
}
