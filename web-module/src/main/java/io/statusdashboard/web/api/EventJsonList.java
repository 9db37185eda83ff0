package io.statusdashboard.web.api;

import io.statusdashboard.incident.api.EventView;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A list of events without pages, as an API answers it: every event added, in the order added,
 * each as its API's record, between the text that opens and closes the list. Each event is kept
 * only as its JSON, made as it is added (straight from the database's cursor), instead of as
 * records for the whole history at once; with {@link JsonbPieces}, the bytes are those JSON-B
 * wrote for the whole list (the APIs' tests compare them).
 *
 * @param <T> the API's record of an event
 */
public final class EventJsonList<T> implements StreamingOutput, Consumer<EventView> {

    private final Function<EventView, T> toRecord;
    private final Class<T> recordType;
    private final byte[] opening;
    private final byte[] closing;
    private final List<byte[]> events = new ArrayList<>();

    /**
     * @param opening what JSON-B writes before the first element, {@code [} for a bare list
     * @param closing what it writes after the last
     */
    public EventJsonList(Function<EventView, T> toRecord, Class<T> recordType, String opening, String closing) {
        this.toRecord = toRecord;
        this.recordType = recordType;
        this.opening = opening.getBytes(StandardCharsets.UTF_8);
        this.closing = closing.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void accept(EventView event) {
        events.add(JsonbPieces.json(toRecord.apply(event), recordType));
    }

    @Override
    public void write(OutputStream output) throws IOException {
        output.write(opening);
        JsonbPieces.writeSeparated(output, events);
        output.write(closing);
        output.flush();
    }
}
