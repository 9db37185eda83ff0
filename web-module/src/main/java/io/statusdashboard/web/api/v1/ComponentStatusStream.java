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
import java.util.List;
import java.util.Map;

/**
 * The list of {@code GET /api/v1/component_status}, written one component at a time.
 *
 * <p>With every event it ever had, the list runs to tens of MB on a large installation; mapping it
 * all to records first and handing it to JSON-B as one list held all of it at once. Here each
 * component is mapped and serialized on its own and then dropped. Each element goes through the
 * same JSON-B serializer, with the same default configuration, that JAX-RS used for the whole
 * list, and the separators are the ones it wrote between elements, so clients get the same bytes
 * ({@code ComponentStatusStreamTest} compares them).
 */
final class ComponentStatusStream implements StreamingOutput {

    private static final byte[] OPEN = "[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEPARATOR = ",".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "]".getBytes(StandardCharsets.US_ASCII);

    private final List<ComponentView> components;
    private final Map<Integer, List<EventView>> eventsByComponent;

    /**
     * @param components in the order they are listed
     * @param eventsByComponent each component's events, in the order they are listed; a component
     *     without an entry has none
     */
    ComponentStatusStream(List<ComponentView> components, Map<Integer, List<EventView>> eventsByComponent) {
        this.components = components;
        this.eventsByComponent = eventsByComponent;
    }

    @Override
    public void write(OutputStream output) throws IOException {
        // JSON-B closes the stream it wrote to; the response's stream must stay open for the next element.
        OutputStream open = new Unclosable(output);
        output.write(OPEN);
        boolean first = true;
        for (ComponentView component : components) {
            if (!first) {
                output.write(SEPARATOR);
            }
            first = false;
            ApiComponent json = ApiV1Json.component(component, eventsByComponent.getOrDefault(component.id(), List.of()));
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
