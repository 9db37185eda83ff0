package io.statusdashboard.web.api.v2;

import io.statusdashboard.incident.api.CallerRole;
import io.statusdashboard.web.api.OpenApiSchemes;
import io.statusdashboard.web.platform.security.ApiCaller;
import io.statusdashboard.web.subscription.DeliveryView;
import io.statusdashboard.web.subscription.RegistrationOutcome;
import io.statusdashboard.web.subscription.WebhookView;
import io.statusdashboard.web.subscription.Webhooks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /v2/subscriptions}: webhook endpoints, for operators and admins only (a creator's token is
 * refused by {@link WriteRoleFilter}, monitoring's here). The secret deliveries are signed with is
 * in the answer to the registration and nowhere else.
 */
@Path("subscriptions")
@RequestScoped
@Tag(name = "v2 subscriptions")
@TokenRequired
@SecurityRequirement(name = OpenApiSchemes.BEARER)
public class SubscriptionsResource {

    static final String NOT_ALLOWED = "not allowed: subscriptions need the operator or admin role";
    static final String NOT_FOUND = "subscription does not exist";
    private static final int DELIVERIES_SHOWN = 20;

    @Inject
    private Webhooks webhooks;

    @Inject
    private CurrentApiCaller currentCaller;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Register a webhook endpoint",
            description = "Every change of an event affecting the regions or components named is POSTed to the URL,"
                    + " signed: X-Signature-256: sha256=<hex HMAC-SHA256 of the body, keyed with the secret's UTF-8"
                    + " bytes>, with X-Webhook-Timestamp (epoch seconds of the attempt) and X-Webhook-Id (the same on"
                    + " every attempt of one delivery).")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = V2Bodies.NewSubscription.class)))
    @APIResponse(responseCode = "201", description = "registered; the answer carries the secret, shown this once")
    @APIResponse(responseCode = "400", description = "malformed body or URL, a private target, an unknown region or component",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = V2Error.class)))
    @APIResponse(responseCode = "401", description = "not authenticated")
    @APIResponse(responseCode = "403", description = "not an operator or admin")
    public Response register(@Parameter(hidden = true) InputStream body) {
        ApiCaller caller = operator();
        RegistrationOutcome outcome = webhooks.register(SubscriptionRequests.webhook(body), caller.name());
        if (outcome instanceof RegistrationOutcome.Refused refused) {
            throw V2Exception.badRequest(refused.message());
        }
        RegistrationOutcome.Registered registered = (RegistrationOutcome.Registered) outcome;
        JsonObject answer = json(registered.webhook())
                .add("secret", registered.secret())
                .build();
        return Response.created(URI.create("subscriptions/" + registered.webhook().id()))
                .type(V2Application.JSON).entity(answer.toString()).build();
    }

    @GET
    @Operation(summary = "Every webhook endpoint, without secrets")
    public Response all() {
        operator();
        JsonArrayBuilder list = Json.createArrayBuilder();
        webhooks.all().forEach(webhook -> list.add(json(webhook)));
        return Response.ok(list.build().toString(), V2Application.JSON).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One webhook endpoint with its newest deliveries")
    public Response one(@PathParam("id") String id) {
        operator();
        WebhookView webhook = webhooks.find(subscriptionId(id))
                .orElseThrow(() -> V2Exception.notFound(NOT_FOUND));
        JsonArrayBuilder deliveries = Json.createArrayBuilder();
        webhooks.recentDeliveries(webhook.id(), DELIVERIES_SHOWN).forEach(delivery -> deliveries.add(json(delivery)));
        return Response.ok(json(webhook).add("deliveries", deliveries).build().toString(), V2Application.JSON).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a webhook endpoint and its deliveries")
    @APIResponse(responseCode = "204", description = "removed")
    public Response delete(@PathParam("id") String id) {
        operator();
        if (!webhooks.delete(subscriptionId(id))) {
            throw V2Exception.notFound(NOT_FOUND);
        }
        return Response.noContent().build();
    }

    private ApiCaller operator() {
        ApiCaller caller = currentCaller.get().orElseThrow(() -> new V2Exception(401, BearerTokenFilter.NOT_AUTHENTICATED));
        if (!caller.role().atLeast(CallerRole.OPERATOR)) {
            throw new V2Exception(403, NOT_ALLOWED);
        }
        return caller;
    }

    private static long subscriptionId(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            throw V2Exception.notFound(NOT_FOUND);
        }
        return Long.parseLong(text);
    }

    static JsonObjectBuilder json(WebhookView webhook) {
        JsonArrayBuilder regions = Json.createArrayBuilder();
        webhook.follows().regions().stream().sorted().forEach(regions::add);
        JsonArrayBuilder components = Json.createArrayBuilder();
        webhook.follows().componentIds().stream().sorted().forEach(components::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", webhook.id())
                .add("type", "webhook")
                .add("url", webhook.url())
                .add("regions", regions)
                .add("components", components);
        nullable(json, "description", webhook.description());
        json.add("enabled", webhook.enabled());
        nullable(json, "note", webhook.note());
        nullable(json, "created_at", time(webhook.createdAt()));
        nullable(json, "created_by", webhook.createdBy());
        return json;
    }

    private static JsonObjectBuilder json(DeliveryView delivery) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", delivery.deliveryId())
                .add("event_id", delivery.eventId())
                .add("change", delivery.change())
                .add("state", delivery.state())
                .add("attempts", delivery.attempts());
        nullable(json, "last_result", delivery.lastResult());
        nullable(json, "created_at", time(delivery.createdAt()));
        nullable(json, "last_attempt_at", time(delivery.lastAttemptAt()));
        nullable(json, "next_attempt_at", DeliveryView.PENDING.equals(delivery.state())
                ? time(delivery.nextAttemptAt()) : null);
        nullable(json, "delivered_at", time(delivery.deliveredAt()));
        return json;
    }

    private static void nullable(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }

    private static String time(LocalDateTime utc) {
        return utc == null ? null : V2Time.format(utc);
    }
}
