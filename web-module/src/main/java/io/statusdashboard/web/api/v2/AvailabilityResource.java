package io.statusdashboard.web.api.v2;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /v2/availability}: every component's last twelve months. */
@Path("availability")
@RequestScoped
@Tag(name = "v2 availability")
public class AvailabilityResource {

    static final int MONTHS = 12;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private EventQueries events;

    @GET
    @Operation(summary = "Availability of every component per month",
            description = "The current UTC month and the eleven before it, newest first. Only closed outages"
                    + " (impact 3) count, against the whole month's length; 5 decimals, rounded half up."
                    + " availability is null for a component that never had an event.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = V2AvailabilityList.class)))
    public Response availability() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return Response.ok(V2Json.availability(
                catalog.components().stream().sorted(Comparator.comparingInt(ComponentView::id)).toList(),
                events.monthlyAvailability(MONTHS, now)), V2Application.JSON).build();
    }
}
