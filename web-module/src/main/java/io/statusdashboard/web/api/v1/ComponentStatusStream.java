package io.statusdashboard.web.api.v1;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventView;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The list of {@code GET /api/v1/component_status}, written one component at a time and read a
 * batch of components at a time.
 *
 * <p>With every event it ever had, the list runs to tens of MB on a large installation (28 MB for
 * 1,000 components and 50,000 events). Reading all events first held every one of them, with its
 * timeline, while the response went out: two such reads at once did not fit in a 512 MB heap. Here
 * the events of {@link #BATCH} components are read, written and dropped before the next batch is
 * read. The first batch is read when the stream is made, in the resource method, so a database
 * that does not answer is an error response; one that fails later cuts the response short, which
 * a client sees as a broken body, not as a complete list.
 *
 * <p>Each element goes through the same JSON-B serializer, with the same default configuration,
 * that JAX-RS used for the whole list, and the separators are the ones it wrote between elements,
 * so clients get the same bytes ({@code ComponentStatusStreamTest} compares them).
 */
final class ComponentStatusStream implements StreamingOutput {

    /** Components whose events are read together: a tenth of a large catalog, one statement each. */
    static final int BATCH = 100;

    private static final byte[] OPEN = "[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEPARATOR = ",".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "]".getBytes(StandardCharsets.US_ASCII);

    private final List<ComponentView> components;
    private final Function<Set<Integer>, List<EventView>> eventsAffecting;
    private final int batchSize;
    private Map<Integer, List<EventView>> firstBatch;

    /**
     * @param components in the order they are listed
     * @param eventsAffecting the events of any of the given components, in the order each
     *     component lists them
     * @param batchSize how many components' events are read at a time
     */
    ComponentStatusStream(List<ComponentView> components, Function<Set<Integer>, List<EventView>> eventsAffecting,
            int batchSize) {
        this.components = components;
        this.eventsAffecting = eventsAffecting;
        this.batchSize = batchSize;
        this.firstBatch = eventsByComponent(0);
    }

    /** The events of the components of the batch starting at {@code from}, by component. */
    private Map<Integer, List<EventView>> eventsByComponent(int from) {
        Set<Integer> ids = components.subList(from, Math.min(from + batchSize, components.size())).stream()
                .map(ComponentView::id)
                .collect(Collectors.toSet());
        Map<Integer, List<EventView>> byComponent = new HashMap<>();
        if (ids.isEmpty()) {
            return byComponent;
        }
        for (EventView event : eventsAffecting.apply(ids)) {
            for (int id : event.componentIds()) {
                if (ids.contains(id)) {
                    byComponent.computeIfAbsent(id, key -> new ArrayList<>()).add(event);
                }
            }
        }
        return byComponent;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        // JSON-B closes the stream it wrote to; the response's stream must stay open for the next element.
        OutputStream open = new Unclosable(output);
        output.write(OPEN);
        Map<Integer, List<EventView>> batch = firstBatch;
        firstBatch = null;
        for (int index = 0; index < components.size(); index++) {
            if (index > 0) {
                output.write(SEPARATOR);
                if (index % batchSize == 0) {
                    batch = eventsByComponent(index);
                }
            }
            ComponentView component = components.get(index);
            ApiComponent json = ApiV1Json.component(component, batch.getOrDefault(component.id(), List.of()));
            Serializer.JSONB.toJson(json, ApiComponent.class, open);
        }
        output.write(CLOSE);
        output.flush();
    }

    /** One JSON-B instance for all requests (thread-safe, and costly to build), made on first use. */
    private static final class Serializer {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    /**
     * Passes writes through and ignores close: JSON-B has written everything through before it
     * closes, and flushing the response after every component would send it in small pieces.
     */
    private static final class Unclosable extends FilterOutputStream {

        Unclosable(OutputStream output) {
            super(output);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            // FilterOutputStream would write byte by byte.
            out.write(bytes, offset, length);
        }

        @Override
        public void close() {
            // the response's stream is closed by JAX-RS
        }
    }
}
