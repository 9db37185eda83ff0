package io.statusdashboard.web.api.v2;

import io.statusdashboard.incident.api.Actor;
import io.statusdashboard.incident.api.ApiEventDraft;
import io.statusdashboard.incident.api.ApiEventPatch;
import io.statusdashboard.incident.api.ApiEventWrites;
import io.statusdashboard.incident.api.ApiWriteOutcome;
import io.statusdashboard.incident.api.EventFilter;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.web.api.EventJsonList;
import io.statusdashboard.web.api.OpenApiSchemes;
import io.statusdashboard.web.platform.security.ApiCaller;
import io.statusdashboard.web.platform.security.ApiTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /v2/events} and its deprecated alias {@code /v2/incidents}: the same events, the list of
 * the alias without pages. One method serves an event's path under both names
 * ({@link IncidentsAlias#EVENTS_OR_INCIDENTS}); {@link IncidentsAlias} lists the alias in the
 * OpenAPI document. Filtering, counting and paging happen in the database. Writes check
 * in v3's order: the token, the event named in the path, the body's form (here), then the rules
 * (the incident module's), which also decide what each role may do.
 *
 * <p>Reads need no token. One that carries a valid token also lists and finds the maintenance
 * requests not published yet and shows every event's creator, contact and version; without one
 * (or with a refused one) those requests do not exist. Such reads are never cached
 * ({@code ResponseCacheFilter} passes requests with credentials by).
 */
@Path("/")
@RequestScoped
@Tag(name = "v2 events")
public class EventsResource {

    @Inject
    private EventQueries events;

    @Inject
    private ApiEventWrites writes;

    @Inject
    private CurrentApiCaller caller;

    @Inject
    private ApiTokens tokens;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletRequest servletRequest;

    @GET
    @Path("events")
    @Operation(summary = "Events, newest start first, one page at a time",
            description = "Every filter given must hold. Any malformed value answers 400; unknown parameters are"
                    + " ignored. When no event matches at all the answer is only {\"data\": []}.")
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "comma-separated: incident, maintenance, info")
    @Parameter(name = "active", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN),
            description = "only true: open, or inside their window and not resolved, completed or cancelled")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "the current status", schema = @Schema(
            enumeration = {"planned", "in progress", "modified", "completed", "cancelled", "detected", "analysing",
                "fixing", "impact changed", "observing", "resolved", "reopened", "changed"}))
    @Parameter(name = "start_date", in = ParameterIn.QUERY, description = "RFC 3339: starting at or after",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "end_date", in = ParameterIn.QUERY,
            description = "RFC 3339: ended at or before (not before start_date)", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "impact", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "3"))
    @Parameter(name = "system", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "components", in = ParameterIn.QUERY, description = "comma-separated component ids (1 to 2048):"
            + " events affecting any of them")
    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            defaultValue = "1"))
    @Parameter(name = "limit", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50",
            enumeration = {"10", "20", "50"}))
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = V2EventList.class)))
    @APIResponse(responseCode = "400", description = "filter query parameter has an invalid format or value",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    public Response events() {
        EventListQuery query = EventListQuery.parse(uri.getQueryParameters(), true);
        boolean authenticated = reader().isPresent();
        return Response.ok(V2Json.page(events.matching(readable(query, authenticated), query.page(), query.limit(),
                now()), query.page(), query.limit(), authenticated), V2Application.JSON).build();
    }

    @GET
    @Path("incidents")
    @Operation(deprecated = true, summary = "Deprecated: every event the filters of /v2/events select, without pages",
            description = "The filters of /v2/events; page must be 1 or more, limit a number, neither changes the answer.")
    @Parameter(name = "type", in = ParameterIn.QUERY)
    @Parameter(name = "active", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "status", in = ParameterIn.QUERY)
    @Parameter(name = "start_date", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "end_date", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "impact", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "system", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "components", in = ParameterIn.QUERY)
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = V2EventList.class)))
    @APIResponse(responseCode = "400", description = "filter query parameter has an invalid format or value",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    public Response incidents() {
        EventListQuery query = EventListQuery.parse(uri.getQueryParameters(), false);
        boolean authenticated = reader().isPresent();
        EventJsonList<V2Event> list = V2Json.eventList(authenticated);
        events.forEachMatching(readable(query, authenticated), now(), list);
        return Response.ok(list, V2Application.JSON).build();
    }

    @GET
    @Path(IncidentsAlias.EVENTS_OR_INCIDENTS + "/{id}")
    @Operation(summary = "One event")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = V2Event.class)))
    @APIResponse(responseCode = "400", description = "not a number above 0",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    @APIResponse(responseCode = "404", description = "event does not exist",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    public Response event(@PathParam("id") @Parameter(required = true, description = "a number above 0") String id) {
        long eventId = PathIds.eventId(id);
        boolean authenticated = reader().isPresent();
        Optional<EventView> event = authenticated ? events.findAny(eventId) : events.find(eventId);
        return Response.ok(V2Json.event(event.orElseThrow(() -> V2Exception.notFound(V2Exception.EVENT_NOT_FOUND)),
                authenticated), V2Application.JSON).build();
    }

    // --- writes ----------------------------------------------------------------------------------

    @MaintenanceRequestWrite(opensSystemIncidents = true)
    @POST
    @Path("events")
    @Consumes(MediaType.WILDCARD)
    @TokenRequired
    @SecurityRequirement(name = OpenApiSchemes.BEARER)
    @Operation(summary = "Open an incident, or announce a maintenance or an information",
            description = "An operator's incident takes its components out of the other open incidents (one left"
                    + " without components is resolved). A system incident (system: true) joins the open system"
                    + " incident of its impact, raises or splits a lower one, or opens one; a component under"
                    + " maintenance stays there, with an error in its entry.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = V2Bodies.NewEvent.class)))
    @APIResponse(responseCode = "200", description = "where each component is now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2PostedEvent.class)))
    @APIResponse(responseCode = "400", description = "malformed body, unknown component, or a rule broken",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    @APIResponse(responseCode = "401", description = "not authenticated",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    @APIResponse(responseCode = "403", description = "the caller's role may not create this (creators: maintenances only;"
            + " monitoring tokens: system incidents only)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    public Response create(@Parameter(hidden = true) InputStream body) {
        V2Body read = V2Requests.withComponents(body);
        List<Integer> componentIds = existing(V2Requests.componentIds(read));
        ApiEventDraft draft = V2Requests.eventDraft(read, componentIds);
        return answer(writes.create(draft, actor()), placements -> new V2PostedEvent(placements.stream()
                .map(placed -> new V2Placement(placed.componentId(), placed.eventId(), placed.error()))
                .toList()));
    }

    /** Documented as POST /v2/events by {@link IncidentsAlias}. */
    @MaintenanceRequestWrite(opensSystemIncidents = true)
    @POST
    @Path("incidents")
    @Consumes(MediaType.WILDCARD)
    @TokenRequired
    @Operation(hidden = true)
    public Response createIncident(InputStream body) {
        return create(body);
    }

    @MaintenanceRequestWrite
    @PATCH
    @Path(IncidentsAlias.EVENTS_OR_INCIDENTS + "/{id}")
    @Consumes(MediaType.WILDCARD)
    @TokenRequired
    @SecurityRequirement(name = OpenApiSchemes.BEARER)
    @Operation(summary = "Change an event's status, with a timeline entry, and any of its fields",
            description = "The status must be one of the event type's. A closed incident is reopened or has its"
                    + " dates changed; an open incident's impact changes with the status 'impact changed'.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = V2Bodies.EventChange.class)))
    @APIResponse(responseCode = "200", description = "the event as stored now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Event.class)))
    @APIResponse(responseCode = "400", description = "malformed id or body, or a rule broken",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    @APIResponse(responseCode = "404", description = "event does not exist",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    @APIResponse(responseCode = "403", description = "the caller's role may not change this event so (creators: only"
            + " their own requests, while pending review; monitoring tokens: never)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    @APIResponse(responseCode = "409", description = "a stale version, or an approval of a request reviewed already;"
            + " nothing changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    public Response patch(@PathParam("id") @Parameter(required = true, description = "a number above 0") String id,
            @Parameter(hidden = true) InputStream body) {
        long eventId = existingEvent(id);
        ApiEventPatch patch = V2Requests.eventPatch(body);
        return answer(writes.patch(eventId, patch, actor()), event -> V2Json.event(event, true));
    }

    @POST
    @Path(IncidentsAlias.EVENTS_OR_INCIDENTS + "/{id}/extract")
    @Consumes(MediaType.WILDCARD)
    @TokenRequired
    @SecurityRequirement(name = OpenApiSchemes.BEARER)
    @Operation(summary = "Move some of an event's components into a new incident",
            description = "The new incident has the event's title, description and impact and starts now; the"
                    + " event keeps at least one component and stays as it is otherwise.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = V2Bodies.ComponentIds.class)))
    @APIResponse(responseCode = "200", description = "the new incident",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Event.class)))
    @APIResponse(responseCode = "400", description = "malformed id or body, a component not in the event, or all of them",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    @APIResponse(responseCode = "404", description = "event does not exist",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    public Response extract(@PathParam("id") @Parameter(required = true, description = "a number above 0") String id,
            @Parameter(hidden = true) InputStream body) {
        long eventId = existingEvent(id);
        List<Integer> componentIds = existing(V2Requests.componentIds(V2Requests.withComponents(body)));
        return answer(writes.extract(eventId, componentIds, author()), event -> V2Json.event(event, true));
    }

    @PATCH
    @Path(IncidentsAlias.EVENTS_OR_INCIDENTS + "/{id}/updates/{n}")
    @Consumes(MediaType.WILDCARD)
    @TokenRequired
    @SecurityRequirement(name = OpenApiSchemes.BEARER)
    @Operation(summary = "Correct the text of one timeline entry; its status and time stay")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = V2Bodies.UpdateText.class)))
    @APIResponse(responseCode = "200", description = "the entry as stored now",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Update.class)))
    @APIResponse(responseCode = "400", description = "malformed id, position or body",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    @APIResponse(responseCode = "404", description = "event does not exist, or update does not exist",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    public Response editUpdate(@PathParam("id") @Parameter(required = true, description = "a number above 0") String id,
            @PathParam("n") @Parameter(required = true, description = "the entry's position in the timeline, from 0")
                    String n,
            @Parameter(hidden = true) InputStream body) {
        long eventId = existingEvent(id);
        int position = PathIds.updatePosition(n);
        String text = V2Requests.updateText(body);
        return answer(writes.editUpdateText(eventId, position, text), update -> V2Json.update(update, position));
    }

    /** The id of an event that exists: v3 answers a missing one before it reads the body. */
    private long existingEvent(String id) {
        long eventId = PathIds.eventId(id);
        if (events.findAny(eventId).isEmpty()) {
            throw V2Exception.notFound(V2Exception.EVENT_NOT_FOUND);
        }
        return eventId;
    }

    /** Ids that all name components, else v3's refusal of the first that does not. */
    private List<Integer> existing(List<Long> componentIds) {
        writes.firstUnknownComponent(componentIds).ifPresent(unknown -> {
            throw V2Exception.badRequest(ApiEventWrites.unknownComponent(unknown));
        });
        return componentIds.stream().map(Long::intValue).toList();
    }

    /** The caller of a write, once the token check has run: who it is and what its role may do. */
    private Actor actor() {
        ApiCaller accepted = caller.get().orElseThrow(() -> new IllegalStateException("a write without its token check"));
        return new Actor(accepted.name(), accepted.role());
    }

    /** The caller of a read that carries a token the writes would accept; empty for anyone else. */
    private Optional<ApiCaller> reader() {
        // Verified once per request: the response cache has asked the same before the read ran.
        return tokens.verdictOf(servletRequest).caller();
    }

    private static EventFilter readable(EventListQuery query, boolean authenticated) {
        return authenticated ? query.filter().withUnpublishedToo() : query.filter();
    }

    /** Whom the timeline entries name: the token's caller, once the token check has run. */
    private String author() {
        return caller.get().map(ApiCaller::name).orElse(null);
    }

    private static <T> Response answer(ApiWriteOutcome<T> outcome, Function<T, Object> body) {
        if (outcome instanceof ApiWriteOutcome.Done<T> done) {
            return Response.ok(body.apply(done.value()), V2Application.JSON).build();
        }
        if (outcome instanceof ApiWriteOutcome.NotFound<T> notFound) {
            throw V2Exception.notFound(notFound.message());
        }
        if (outcome instanceof ApiWriteOutcome.Forbidden<T> forbidden) {
            throw new V2Exception(403, forbidden.message());
        }
        if (outcome instanceof ApiWriteOutcome.Conflict<T> conflict) {
            throw new V2Exception(409, conflict.message());
        }
        throw V2Exception.badRequest(((ApiWriteOutcome.Refused<T>) outcome).message());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
