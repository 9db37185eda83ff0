package io.statusdashboard.web.api.v1;

import io.statusdashboard.web.api.JsonbPieces;
import io.statusdashboard.incident.api.EventView;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The list of {@code GET /api/v1/incidents}: every event added, in the order added. Each event is
 * kept only as its JSON, made as it is added (straight from the database's cursor), instead of as
 * records for the whole history at once; the bytes are those JSON-B wrote for the list of records
 * ({@code IncidentListStreamTest} compares them).
 */
final class IncidentListStream implements StreamingOutput, Consumer<EventView> {

    private final List<byte[]> incidents = new ArrayList<>();

    @Override
    public void accept(EventView event) {
        incidents.add(JsonbPieces.json(ApiV1Json.incident(event), ApiIncident.class));
    }

    @Override
    public void write(OutputStream output) throws IOException {
        output.write('[');
        JsonbPieces.writeSeparated(output, incidents);
        output.write(']');
        output.flush();
    }
}
