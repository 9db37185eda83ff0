package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

    private static final Map<Integer, ComponentView> CATALOG = Map.of(
            3, new ComponentView(3, "Elastic Cloud Server", Map.of("region", "EU-DE", "category", "Compute")),
            4, new ComponentView(4, "Object Storage", Map.of("region", "EU-NL", "category", "Storage")));

    @Test
    void carriesTheIdTheChangeAndTheEventWithItsComponentsAndNewestEntry() {
        EventView event = new EventView(42, "API errors <b>", null, Impact.MAJOR, EventType.INCIDENT,
                LocalDateTime.of(2026, 12, 2, 9, 0), null, false, EventStatus.FIXING, Set.of(4, 3),
                List.of(new UpdateView(1, LocalDateTime.of(2026, 12, 2, 9, 0), EventStatus.DETECTED, "seen", "oscar"),
                        new UpdateView(2, LocalDateTime.of(2026, 12, 2, 9, 5), EventStatus.FIXING, "\"fix\" deployed", "oscar")),
                3);
        JsonObject payload = Json.createReader(new StringReader(WebhookPayload.of("0d9f-id", "updated", event,
                LocalDateTime.of(2026, 12, 2, 9, 5, 7), CATALOG, Optional.of("https://status.example.com")))).readObject();

        assertEquals("0d9f-id", payload.getString("id"));
        assertEquals("updated", payload.getString("change"));
        assertEquals("2026-12-02T09:05:07Z", payload.getString("occurred_at"));
        JsonObject subject = payload.getJsonObject("event");
        assertEquals(42, subject.getInt("id"));
        assertEquals("API errors <b>", subject.getString("title"));
        assertEquals("incident", subject.getString("type"));
        assertEquals(2, subject.getInt("impact"));
        assertEquals("major", subject.getString("impact_label"));
        assertEquals("fixing", subject.getString("status"));
        assertEquals("2026-12-02T09:00:00Z", subject.getString("start_date"));
        assertEquals(true, subject.isNull("end_date"));
        assertEquals("https://status.example.com/incidents/42", subject.getString("url"));
        assertEquals(Json.createReader(new StringReader("""
                [{"id":3,"name":"Elastic Cloud Server","region":"EU-DE"},{"id":4,"name":"Object Storage","region":"EU-NL"}]
                """)).readArray(), subject.getJsonArray("components"));
        JsonObject latest = subject.getJsonObject("latest_update");
        assertEquals("fixing", latest.getString("status"));
        assertEquals("\"fix\" deployed", latest.getString("text"));
        assertEquals("2026-12-02T09:05:00Z", latest.getString("timestamp"));
    }

    @Test
    void withoutAPublicUrlThereIsNoLink() {
        EventView event = new EventView(5, "t", null, Impact.MINOR, EventType.INCIDENT,
                LocalDateTime.of(2026, 12, 2, 9, 0), LocalDateTime.of(2026, 12, 2, 10, 0), false, EventStatus.RESOLVED,
                Set.of(99), List.of(), 0);
        JsonObject subject = Json.createReader(new StringReader(WebhookPayload.of("id", "resolved", event,
                LocalDateTime.of(2026, 12, 2, 10, 0), CATALOG, Optional.empty()))).readObject().getJsonObject("event");
        assertEquals(false, subject.containsKey("url"));
        assertEquals("2026-12-02T10:00:00Z", subject.getString("end_date"));
        assertEquals(true, subject.getJsonArray("components").getJsonObject(0).isNull("name"), "a component gone from the catalog");
        assertEquals(true, subject.isNull("latest_update"));
    }
}
