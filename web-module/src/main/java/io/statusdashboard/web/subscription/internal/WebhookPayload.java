package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.EventLinks;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON body of one delivery, written once into the outbox and sent as it is on every attempt,
 * so its signature and its idempotency id stay the same. Times are RFC 3339 in UTC.
 */
public final class WebhookPayload {

    private WebhookPayload() {}

    /**
     * @param deliveryId the idempotency id, also sent as a header
     * @param components the catalog by id, for the names and regions of the event's components
     * @param publicUrl the dashboard's external address, for a link to the event; empty for none
     */
    public static String of(String deliveryId, String change, EventView event, LocalDateTime occurred,
            Map<Integer, ComponentView> components, Optional<String> publicUrl) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("id", deliveryId)
                .add("change", change)
                .add("occurred_at", time(occurred));
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("id", event.id())
                .add("title", event.title())
                .add("type", event.type().columnValue())
                .add("impact", event.impact().level())
                .add("impact_label", event.impact().label())
                .add("start_date", time(event.start()));
        addOrNull(subject, "end_date", event.end() == null ? null : time(event.end()));
        addOrNull(subject, "status", event.currentStatus());
        addOrNull(subject, "description", event.descriptionText());
        publicUrl.ifPresent(base -> subject.add("url", base + EventLinks.path(event.id())));
        JsonArrayBuilder affected = Json.createArrayBuilder();
        event.componentIds().stream().sorted().forEach(id -> {
            ComponentView component = components.get(id);
            JsonObjectBuilder entry = Json.createObjectBuilder().add("id", id);
            addOrNull(entry, "name", component == null ? null : component.name());
            addOrNull(entry, "region", component == null ? null : component.region());
            affected.add(entry);
        });
        subject.add("components", affected);
        UpdateView latest = event.timelineAsWritten().stream()
                .max(Comparator.comparingLong(UpdateView::id)).orElse(null);
        if (latest == null) {
            subject.addNull("latest_update");
        } else {
            JsonObjectBuilder update = Json.createObjectBuilder().add("timestamp", time(latest.timestamp()));
            addOrNull(update, "status", latest.status());
            addOrNull(update, "text", latest.text());
            subject.add("latest_update", update);
        }
        return body.add("event", subject).build().toString();
    }

    private static void addOrNull(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }

    static String time(LocalDateTime utc) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(utc.atOffset(ZoneOffset.UTC));
    }
}
