package io.statusdashboard.web.api.v2;

import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.web.api.JsonbPieces;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An event list without pages ({@code GET /v2/incidents}): every event added, in the order added,
 * as {@code {"data":[...]}}. Each event is kept only as its JSON, made as it is added (straight
 * from the database's cursor), instead of as records for the whole history at once; the bytes are
 * those JSON-B wrote for {@link V2EventList} ({@code V2EventListStreamTest} compares them).
 */
final class V2EventListStream implements StreamingOutput, Consumer<EventView> {

    private static final byte[] OPEN = "{\"data\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.US_ASCII);

    private final boolean authenticated;
    private final List<byte[]> events = new ArrayList<>();

    /** @param authenticated whether the reader also gets creators, contacts and versions */
    V2EventListStream(boolean authenticated) {
        this.authenticated = authenticated;
    }

    @Override
    public void accept(EventView event) {
        events.add(JsonbPieces.json(V2Json.event(event, authenticated), V2Event.class));
    }

    @Override
    public void write(OutputStream output) throws IOException {
        output.write(OPEN);
        JsonbPieces.writeSeparated(output, events);
        output.write(CLOSE);
        output.flush();
    }
}
