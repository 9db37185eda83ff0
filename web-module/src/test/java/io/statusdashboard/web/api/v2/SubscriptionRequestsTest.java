package io.statusdashboard.web.api.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.statusdashboard.web.subscription.WebhookRegistration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionRequestsTest {

    private static WebhookRegistration read(String body) {
        return SubscriptionRequests.webhook(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAWebhookWithRegionsOrComponents() {
        assertEquals(new WebhookRegistration("https://h.example.com/x", List.of("EU-DE"), List.of(), "chat"),
                read("{\"type\":\"webhook\",\"url\":\"https://h.example.com/x\",\"regions\":[\"EU-DE\"],\"description\":\"chat\"}"));
        assertEquals(new WebhookRegistration("https://h.example.com/x", List.of(), List.of(3, 5), null),
                read("{\"type\":\"webhook\",\"url\":\"https://h.example.com/x\",\"components\":[3,5],\"other\":1}"));
    }

    @Test
    void refusesEachMalformedFieldByName() {
        Map<String, String> refused = Map.of(
                "", SubscriptionRequests.NOT_AN_OBJECT,
                "[1]", SubscriptionRequests.NOT_AN_OBJECT,
                "{\"type\":\"email\",\"url\":\"https://h.example.com\"}", SubscriptionRequests.TYPE,
                "{\"url\":\"https://h.example.com\",\"regions\":[\"EU-DE\"]}", SubscriptionRequests.TYPE,
                "{\"type\":\"webhook\",\"regions\":[\"EU-DE\"]}", SubscriptionRequests.URL,
                "{\"type\":\"webhook\",\"url\":5}", SubscriptionRequests.URL,
                "{\"type\":\"webhook\",\"url\":\"https://h.example.com\",\"regions\":\"EU-DE\"}", SubscriptionRequests.REGIONS,
                "{\"type\":\"webhook\",\"url\":\"https://h.example.com\",\"regions\":[1]}", SubscriptionRequests.REGIONS,
                "{\"type\":\"webhook\",\"url\":\"https://h.example.com\",\"components\":[1.5]}", SubscriptionRequests.COMPONENTS,
                "{\"type\":\"webhook\",\"url\":\"https://h.example.com\",\"components\":[0]}", SubscriptionRequests.COMPONENTS);
        refused.forEach((body, message) -> {
            V2Exception refusal = assertThrows(V2Exception.class, () -> read(body), body);
            assertEquals(400, refusal.status(), body);
            assertEquals(message, refusal.getMessage(), body);
        });
    }
}
