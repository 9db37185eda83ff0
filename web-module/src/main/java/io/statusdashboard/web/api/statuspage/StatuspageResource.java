package io.statusdashboard.web.api.statuspage;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.web.PublicUrl;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v2/*.json}: Statuspage's public documents. Read by anyone, cached like the pages.
 *
 * <p>Links ({@code page.url}, {@code shortlink}) come from {@code SDB_PUBLIC_URL}; without it they are
 * paths on whatever host the client used, never an address a request named, so every response can
 * be shared.
 */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Statuspage", description = "Atlassian Statuspage's public JSON, for the tools that read Statuspage pages")
public class StatuspageResource {

    @Inject
    private CatalogQueries catalog;

    @Inject
    private EventQueries events;

    @Inject
    private PublicUrl publicUrl;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("summary.json")
    @Operation(summary = "Page, components, unresolved incidents, upcoming and running maintenances, status")
    public Response summary() {
        return answer(StatuspageJson::summary);
    }

    @GET
    @Path("status.json")
    @Operation(summary = "The page's indicator (none, minor, major, critical) and its description")
    public Response status() {
        return answer(StatuspageJson::statusDocument);
    }

    @GET
    @Path("components.json")
    @Operation(summary = "Every component; each region is a group of its components")
    public Response components() {
        return answer(StatuspageJson::componentsDocument);
    }

    @GET
    @Path("incidents.json")
    @Operation(summary = "The 50 newest incidents, resolved ones included")
    public Response incidents() {
        return answer(StatuspageJson::incidents);
    }

    @GET
    @Path("incidents/unresolved.json")
    @Operation(summary = "Incidents not resolved yet")
    public Response unresolvedIncidents() {
        return answer(StatuspageJson::unresolvedIncidents);
    }

    @GET
    @Path("scheduled-maintenances.json")
    @Operation(summary = "The 50 newest maintenances, completed ones included, cancelled ones not")
    public Response scheduledMaintenances() {
        return answer(StatuspageJson::scheduledMaintenances);
    }

    @GET
    @Path("scheduled-maintenances/upcoming.json")
    @Operation(summary = "Maintenances whose window has not opened yet")
    public Response upcomingMaintenances() {
        return answer(StatuspageJson::upcomingMaintenances);
    }

    @GET
    @Path("scheduled-maintenances/active.json")
    @Operation(summary = "Maintenances in progress")
    public Response activeMaintenances() {
        return answer(StatuspageJson::activeMaintenances);
    }

    private Response answer(Function<StatuspageJson, JsonObject> document) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        StatuspageSnapshot snapshot = new StatuspageSnapshot(catalog.components(), events.current(now),
                events.newestOfType(EventType.INCIDENT, StatuspageJson.RECENT),
                events.newestOfType(EventType.MAINTENANCE, StatuspageJson.RECENT),
                publicUrl.base().orElse(request.getContextPath()));
        return Response.ok(document.apply(new StatuspageJson(snapshot)).toString()).build();
    }
}
