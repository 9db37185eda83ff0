package io.statusdashboard.web.api.v1;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.web.api.JsonbPieces;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The list of {@code GET /api/v1/component_status}: the components in the order given, each with
 * the events added to it, in the order added.
 *
 * <p>With every event it ever had, the list runs to tens of MB on a large installation, and an
 * event affecting several components is listed under each. Each event is turned into its JSON
 * once, as it is {@linkplain #accept added} (straight from the database's cursor, for the full
 * list), and only those bytes are kept, shared by the components it affects; each component is
 * written around them when the response goes out. The bytes are the ones JSON-B wrote for the
 * whole list of records before ({@code ComponentStatusStreamTest} compares them).
 */
final class ComponentStatusStream implements StreamingOutput, Consumer<EventView> {

    private static final byte[] NO_INCIDENTS_AT_THE_END = ",\"incidents\":[]}".getBytes(StandardCharsets.US_ASCII);

    private final List<ComponentView> components;
    private final Set<Integer> listedIds;
    /** Each listed component's events as JSON; a component without an entry has none. */
    private final Map<Integer, List<byte[]>> incidents = new HashMap<>();

    /** @param components in the order they are listed */
    ComponentStatusStream(List<ComponentView> components) {
        this.components = components;
        this.listedIds = components.stream().map(ComponentView::id).collect(Collectors.toSet());
    }

    /** Lists the event under each of the listed components it affects (the others are not listed). */
    @Override
    public void accept(EventView event) {
        byte[] json = null;
        for (int componentId : event.componentIds()) {
            if (listedIds.contains(componentId)) {
                if (json == null) {
                    json = JsonbPieces.json(ApiV1Json.incident(event), ApiIncident.class);
                }
                incidents.computeIfAbsent(componentId, id -> new ArrayList<>()).add(json);
            }
        }
    }

    @Override
    public void write(OutputStream output) throws IOException {
        output.write('[');
        for (int i = 0; i < components.size(); i++) {
            if (i > 0) {
                output.write(',');
            }
            writeComponent(components.get(i), output);
        }
        output.write(']');
        output.flush();
    }

    /**
     * The component as JSON-B writes it with its incidents: written without them, its last
     * property is the empty list, which is opened again and filled.
     */
    private void writeComponent(ComponentView component, OutputStream output) throws IOException {
        byte[] withoutIncidents = JsonbPieces.json(ApiV1Json.component(component, List.of()), ApiComponent.class);
        int head = withoutIncidents.length - NO_INCIDENTS_AT_THE_END.length;
        if (head < 0 || !Arrays.equals(withoutIncidents, head, withoutIncidents.length, NO_INCIDENTS_AT_THE_END, 0,
                NO_INCIDENTS_AT_THE_END.length)) {
            throw new IllegalStateException("a component's JSON does not end with its incidents");
        }
        // Up to and including the list's "[", the events, then "]}".
        output.write(withoutIncidents, 0, withoutIncidents.length - 2);
        JsonbPieces.writeSeparated(output, incidents.getOrDefault(component.id(), List.of()));
        output.write(withoutIncidents, withoutIncidents.length - 2, 2);
    }
}
