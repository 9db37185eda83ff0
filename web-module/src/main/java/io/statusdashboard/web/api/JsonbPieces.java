package io.statusdashboard.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JSON-B as JAX-RS applies it to the APIs' answers (its default configuration), for the long lists
 * that are written piece by piece: each piece is the bytes JSON-B writes for it, and the pieces
 * are joined by the separator it writes between a list's elements, so the whole is what JSON-B
 * would have written for the list at once.
 */
public final class JsonbPieces {

    private JsonbPieces() {}

    /** The value as JSON-B writes it, in UTF-8. */
    public static byte[] json(Object value, Class<?> type) {
        return Serializer.JSONB.toJson(value, type).getBytes(StandardCharsets.UTF_8);
    }

    /** The elements of a list, without its brackets. */
    public static void writeSeparated(OutputStream output, List<byte[]> elements) throws IOException {
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                output.write(',');
            }
            output.write(elements.get(i));
        }
    }

    /** One JSON-B instance for all requests (thread-safe, and costly to build), made on first use. */
    private static final class Serializer {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
