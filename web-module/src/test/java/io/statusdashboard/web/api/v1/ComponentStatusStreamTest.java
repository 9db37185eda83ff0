package io.statusdashboard.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.GenericType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The streamed component list against what JAX-RS wrote before: the whole list of records handed
 * to JSON-B (default configuration, as Jersey's JSON-B provider uses it) in one call.
 */
class ComponentStatusStreamTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 28, 9, 15);

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void writesTheSameBytesAsTheWholeListThroughJsonb() throws IOException {
        Map<String, String> awkward = new LinkedHashMap<>();
        awkward.put("region", "EU-DE");
        awkward.put("category", "Compute & \"Storage\" <b>\\</b>");
        awkward.put("type", "Straße ☃ \u0001 \u2028 😀");
        List<ComponentView> components = List.of(
                new ComponentView(3, "Elastic Cloud Server", Map.of("region", "EU-NL", "category", "Compute")),
                new ComponentView(7, "Object \"Storage\"\n/Service", awkward),
                new ComponentView(9, "Without events", Map.of()),
                new ComponentView(12, "Relational Database Service", Map.of("region", "EU-DE")));
        EventView shared = event(41, "Network \"outage\" </script>", Impact.OUTAGE, EventType.INCIDENT, null, Set.of(3, 7),
                List.of(new UpdateView(2, T.plusMinutes(5), "analyzing", "Looking into it\r\n\ttab", "op"),
                        new UpdateView(1, T.plusMinutes(5), "SYSTEM", null, null),
                        new UpdateView(3, T.plusHours(1), null, "ünïcödé", null)));
        EventView closed = event(40, null, Impact.MINOR, EventType.INCIDENT, T.plusDays(1), Set.of(3), List.of());
        EventView maintenance = event(50, "Upgrade", Impact.MAINTENANCE, EventType.MAINTENANCE, T.plusHours(4),
                Set.of(7, 12), List.of(new UpdateView(9, T, "description", "Planned work", "op")));
        // Listed under 12 only: 99 is not among the components asked for.
        EventView partly = event(60, "Partly listed", Impact.MINOR, EventType.INCIDENT, T.plusHours(2), Set.of(12, 99),
                List.of());
        // As the cursor hands them over: the latest start first.
        List<EventView> newestFirst = List.of(maintenance, partly, shared, closed);

        assertArrayEquals(asBefore(components, newestFirst), streamed(components, newestFirst));
    }

    @Test
    void anEmptyCatalogIsAnEmptyList() throws IOException {
        assertEquals("[]", new String(streamed(List.of(), List.of()), StandardCharsets.UTF_8));
        assertArrayEquals(asBefore(List.of(), List.of()), streamed(List.of(), List.of()));
    }

    /** The original's field names, order, date format and nulls, as its clients parse them. */
    @Test
    void keepsTheOriginalsShape() throws IOException {
        List<ComponentView> components = List.of(new ComponentView(3, "Elastic Cloud Server", Map.of("region", "EU-DE")));
        EventView event = event(41, "Outage", Impact.MAJOR, EventType.INCIDENT, null, Set.of(3),
                List.of(new UpdateView(1, T, "analyzing", "Looking", null)));
        assertEquals("[{\"id\":3,\"name\":\"Elastic Cloud Server\",\"attributes\":[{\"name\":\"region\",\"value\":\"EU-DE\"}],"
                + "\"incidents\":[{\"id\":41,\"text\":\"Outage\",\"impact\":2,\"start_date\":\"2026-11-28 09:15\","
                + "\"end_date\":null,\"updates\":[{\"text\":\"Looking\",\"status\":\"analyzing\","
                + "\"timestamp\":\"2026-11-28 09:15\"}]}]}]",
                new String(streamed(components, List.of(event)), StandardCharsets.UTF_8));
    }

    /** Leaves the response's stream open and writes the whole list through it. */
    @Test
    void neitherClosesNorSplitsTheResponseStream() throws IOException {
        List<ComponentView> components = new ArrayList<>();
        for (int id = 1; id <= 50; id++) {
            components.add(new ComponentView(id, "Service " + id, Map.of("region", "R-" + id)));
        }
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream response = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int offset, int length) {
                bytes.write(b, offset, length);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new ComponentStatusStream(components).write(response);
        assertEquals(false, closed[0]);
        assertArrayEquals(asBefore(components, List.of()), bytes.toByteArray());
    }

    private static byte[] streamed(List<ComponentView> components, List<EventView> events) throws IOException {
        ComponentStatusStream stream = new ComponentStatusStream(components);
        events.forEach(stream);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stream.write(out);
        return out.toByteArray();
    }

    /**
     * What the resource returned before: each component's events in the order read, every record
     * first, then JSON-B on the list's generic type.
     */
    private static byte[] asBefore(List<ComponentView> components, List<EventView> events) {
        Map<Integer, List<EventView>> byComponent = new HashMap<>();
        for (EventView event : events) {
            event.componentIds().forEach(id -> byComponent.computeIfAbsent(id, key -> new ArrayList<>()).add(event));
        }
        List<ApiComponent> list = components.stream()
                .map(component -> ApiV1Json.component(component, byComponent.getOrDefault(component.id(), List.of())))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSONB.toJson(list, new GenericType<List<ApiComponent>>() {}.getType(), out);
        return out.toByteArray();
    }

    private static EventView event(long id, String title, Impact impact, EventType type, LocalDateTime end,
            Set<Integer> componentIds, List<UpdateView> updates) {
        return new EventView(id, title, null, impact, type, T, end, false, null, componentIds, updates, 1);
    }
}
