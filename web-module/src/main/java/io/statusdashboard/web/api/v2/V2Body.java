package io.statusdashboard.web.api.v2;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A write's JSON body, read whatever its Content-Type says, with status-dashboard-v3's refusals:
 * Go's decoder texts for malformed JSON and values of the wrong type ({@code json: cannot
 * unmarshal string into Go struct field IncidentData.impact of type int}), and its validator's for
 * missing or out-of-range fields ({@code Key: 'IncidentData.Title' Error:Field validation for
 * 'Title' failed on the 'required' tag}). Unknown keys are ignored; a JSON {@code null} is a key
 * not sent, as Go reads it. The texts follow Go's form; their details (which character, which
 * position) may differ.
 */
final class V2Body {

    /** Made once: {@code Json.createReader} looks the provider up through the ServiceLoader on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** Far above any event or component; a body past it is refused unread. */
    static final int MAX_BYTES = 64 * 1024;
    static final String TOO_LARGE = "request body too large";

    private final JsonObject object;
    /** The Go struct the body decodes into, as v3's texts name it. */
    private final String struct;

    private V2Body(JsonObject object, String struct) {
        this.object = object;
        this.struct = struct;
    }

    /**
     * Reads a body; a malformed one is refused with Go's text after {@code prefix} (v3 puts
     * "component invalid format: " before it where its components check reads the body first).
     */
    static V2Body read(InputStream in, String struct, String prefix) {
        byte[] bytes = bytes(in);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw V2Exception.badRequest(prefix + "EOF");
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(bytes))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw V2Exception.badRequest(prefix + syntaxError(text, e));
        } catch (JsonException e) {
            throw V2Exception.badRequest(prefix + "unexpected EOF");
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return new V2Body(JsonValue.EMPTY_JSON_OBJECT, struct);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw V2Exception.badRequest(prefix + "json: cannot unmarshal " + goKind(value) + " into Go value of type v2."
                    + struct);
        }
        return new V2Body(value.asJsonObject(), struct);
    }

    private static byte[] bytes(InputStream in) {
        try {
            byte[] bytes = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new V2Exception(413, TOO_LARGE);
            }
            return bytes;
        } catch (IOException e) {
            throw V2Exception.badRequest("unexpected EOF");
        }
    }

    private static String syntaxError(String text, JsonParsingException e) {
        long offset = e.getLocation() == null ? -1 : e.getLocation().getStreamOffset();
        if (offset < 0 || offset >= text.strip().length() || String.valueOf(e.getMessage()).contains("EOF")) {
            return "unexpected EOF";
        }
        int at = (int) Math.min(Math.max(offset - 1, 0), text.length() - 1);
        return "invalid character '" + text.charAt(at) + "' looking for beginning of value";
    }

    /** The same body read as another Go struct (v3's middleware and handler bind it twice). */
    V2Body as(String otherStruct) {
        return new V2Body(object, otherStruct);
    }

    String struct() {
        return struct;
    }

    boolean has(String key) {
        return object.containsKey(key) && object.get(key).getValueType() != JsonValue.ValueType.NULL;
    }

    /** A string, or null when not sent. */
    String string(String key) {
        if (!has(key)) {
            return null;
        }
        JsonValue value = object.get(key);
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw typeError(value, key, "string");
        }
        return ((JsonString) value).getString();
    }

    /** A string the validator requires: sent and not empty. */
    String requiredString(String key, String field) {
        String value = string(key);
        if (value == null || value.isEmpty()) {
            throw validation(field, "required");
        }
        return value;
    }

    /** An integer of Go's {@code int} (64 bits), or null when not sent. */
    Long integer(String key) {
        return has(key) ? integer(object.get(key), key, "int") : null;
    }

    Boolean bool(String key) {
        if (!has(key)) {
            return null;
        }
        JsonValue value = object.get(key);
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw typeError(value, key, "bool");
    }

    /** A list of Go {@code int}s, or null when not sent. */
    List<Long> integers(String key) {
        if (!has(key)) {
            return null;
        }
        JsonArray array = array(key, "[]int");
        List<Long> values = new ArrayList<>(array.size());
        for (JsonValue element : array) {
            values.add(element.getValueType() == JsonValue.ValueType.NULL ? 0L : integer(element, key, "int"));
        }
        return values;
    }

    /** An array, or null when not sent. */
    JsonArray array(String key, String goType) {
        if (!has(key)) {
            return null;
        }
        JsonValue value = object.get(key);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw typeError(value, key, goType);
        }
        return value.asJsonArray();
    }

    /** An RFC 3339 time as naive UTC to the microsecond (what the database keeps), or null when not sent. */
    LocalDateTime time(String key) {
        if (!has(key)) {
            return null;
        }
        JsonValue value = object.get(key);
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw V2Exception.badRequest("Time.UnmarshalJSON: input is not a JSON string");
        }
        String text = ((JsonString) value).getString();
        try {
            return V2Time.parse(text).truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw V2Exception.badRequest("parsing time \"\\\"" + text + "\\\"\" as \"\\\"2006-01-02T15:04:05Z07:00\\\"\":"
                    + " cannot parse \"" + text + "\\\"\" as \"2006\"");
        }
    }

    /** The validator's refusal of a field of this body's struct. */
    V2Exception validation(String field, String tag) {
        return V2Exception.badRequest("Key: '" + struct + "." + field + "' Error:Field validation for '" + field
                + "' failed on the '" + tag + "' tag");
    }

    private long integer(JsonValue value, String key, String goType) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw typeError(value, key, goType);
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw V2Exception.badRequest("json: cannot unmarshal number " + value + " into Go struct field " + struct
                    + "." + key + " of type " + goType);
        }
    }

    private V2Exception typeError(JsonValue value, String key, String goType) {
        return V2Exception.badRequest("json: cannot unmarshal " + goKind(value) + " into Go struct field " + struct + "."
                + key + " of type " + goType);
    }

    static String goKind(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "string";
            case NUMBER -> "number";
            case TRUE, FALSE -> "bool";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case NULL -> "null";
        };
    }
}
