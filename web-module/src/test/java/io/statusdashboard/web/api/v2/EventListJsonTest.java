package io.statusdashboard.web.api.v2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.api.EventJsonList;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** /v2/incidents written event by event against JSON-B writing the list's record at once, as JAX-RS did. */
class EventListJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final LocalDateTime T = LocalDateTime.of(2026, 12, 2, 7, 30);

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void writesTheSameBytesAsTheListRecordThroughJsonbForEveryReader() throws IOException {
        List<EventView> events = List.of(
                new EventView(61, "Upgrade \"eu-de\" </script> ☃", null, Impact.MAINTENANCE, EventType.MAINTENANCE,
                        T.plusDays(1), T.plusDays(1).plusHours(2), false, "planned", Set.of(9, 4),
                        List.of(new UpdateView(8, T, "description", "Planned work\r\n\ttab", "op"),
                                new UpdateView(9, T.plusMinutes(1), "planned", "Ünïcödé \u2028 😀", "op")),
                        2, "creator@example.com", "ops@example.com"),
                new EventView(60, "Outage", null, Impact.OUTAGE, EventType.INCIDENT, T, null, true, null, Set.of(),
                        List.of(), 0));
        for (boolean authenticated : new boolean[] {false, true}) {
            EventJsonList<V2Event> stream = V2Json.eventList(authenticated);
            events.forEach(stream);
            V2EventList record = new V2EventList(events.stream().map(event -> V2Json.event(event, authenticated)).toList(),
                    null);
            assertArrayEquals(JSONB.toJson(record).getBytes(StandardCharsets.UTF_8), written(stream),
                    "authenticated " + authenticated);
        }
    }

    @Test
    void noEventsIsAnEmptyList() throws IOException {
        assertEquals("{\"data\":[]}", new String(written(V2Json.eventList(false)), StandardCharsets.UTF_8));
        assertEquals(JSONB.toJson(new V2EventList(List.of(), null)),
                new String(written(V2Json.eventList(false)), StandardCharsets.UTF_8));
    }

    private static byte[] written(EventJsonList<V2Event> stream) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stream.write(out);
        return out.toByteArray();
    }
}
