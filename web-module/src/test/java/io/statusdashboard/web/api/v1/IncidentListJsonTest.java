package io.statusdashboard.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.api.EventJsonList;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.GenericType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The incident list written event by event against JSON-B writing the list of records at once, as JAX-RS did. */
class IncidentListJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final LocalDateTime T = LocalDateTime.of(2026, 12, 1, 6, 45);

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void writesTheSameBytesAsTheWholeListThroughJsonb() throws IOException {
        List<EventView> events = List.of(
                new EventView(52, "Upgrade \"eu-de\" </script> ☃", null, Impact.MAINTENANCE, EventType.MAINTENANCE,
                        T.plusDays(2), T.plusDays(2).plusHours(2), false, "planned", Set.of(4),
                        List.of(new UpdateView(8, T, "description", "Planned work\r\n\ttab", "op")), 1),
                new EventView(51, null, null, Impact.OUTAGE, EventType.INCIDENT, T, null, true, null, Set.of(1, 2),
                        List.of(new UpdateView(7, T.plusMinutes(3), "analyzing", "Ünïcödé \u2028 😀", null),
                                new UpdateView(6, T.plusMinutes(1), "SYSTEM", "", null)), 3),
                new EventView(50, "Closed", null, Impact.MINOR, EventType.INCIDENT, T.minusDays(1), T, false, null,
                        Set.of(), List.of(), 0));
        EventJsonList<ApiIncident> list = ApiV1Json.incidentList();
        events.forEach(list);

        List<ApiIncident> records = events.stream().map(ApiV1Json::incident).toList();
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        JSONB.toJson(records, new GenericType<List<ApiIncident>>() {}.getType(), before);
        assertArrayEquals(before.toByteArray(), written(list));
    }

    @Test
    void noEventsIsAnEmptyList() throws IOException {
        assertEquals("[]", new String(written(ApiV1Json.incidentList()), StandardCharsets.UTF_8));
    }

    private static byte[] written(EventJsonList<ApiIncident> list) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        list.write(out);
        return out.toByteArray();
    }
}
