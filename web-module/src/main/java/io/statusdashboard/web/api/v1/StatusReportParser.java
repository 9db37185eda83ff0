package io.statusdashboard.web.api.v1;

import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.StatusReport;
import io.statusdashboard.web.api.ApiException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a status report strictly: every malformed body gets a 400 that says which field is wrong,
 * before anything is looked up or written. Unknown fields are ignored, as clients may send more.
 */
final class StatusReportParser {

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_NESTING = 16;
    static final int MAX_TEXT_LENGTH = 255;
    static final int MAX_ATTRIBUTES = 32;

    private static final String SHAPE =
            "expected {\"name\": \"...\", \"impact\": 1|2|3, \"text\": \"...\", \"attributes\": [{\"name\": \"region\", \"value\": \"...\"}]}";

    private StatusReportParser() {}

    static StatusReport parse(byte[] body) {
        if (body.length == 0) {
            throw badRequest("The body is empty; " + SHAPE);
        }
        if (nestingDepth(body) > MAX_NESTING) {
            throw badRequest("The body is nested too deeply; " + SHAPE);
        }
        JsonValue value;
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonParsingException("content after the JSON value", parser.getLocation());
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw badRequest("The body is not valid JSON; " + SHAPE);
        }
        if (!(value instanceof JsonObject object)) {
            throw badRequest("The body must be a JSON object; " + SHAPE);
        }
        return new StatusReport(name(object), attributes(object), impact(object), text(object));
    }

    private static String name(JsonObject object) {
        JsonValue name = object.get("name");
        if (!(name instanceof JsonString string) || string.getString().isBlank()) {
            throw badRequest("'name' is required and must be a non-empty string");
        }
        return limited("name", string.getString());
    }

    private static Impact impact(JsonObject object) {
        JsonValue impact = object.get("impact");
        if (impact == null || impact == JsonValue.NULL) {
            throw badRequest("'impact' is required: 1 (minor), 2 (major) or 3 (outage)");
        }
        int level;
        try {
            if (!(impact instanceof JsonNumber number) || !number.isIntegral()) {
                throw new ArithmeticException();
            }
            level = number.intValueExact();
        } catch (ArithmeticException e) {
            throw badRequest("'impact' must be the number 1 (minor), 2 (major) or 3 (outage)");
        }
        if (level == Impact.MAINTENANCE.level()) {
            throw badRequest("'impact' 0 is a maintenance, which operators schedule; report 1, 2 or 3");
        }
        if (level < Impact.MINOR.level() || level > Impact.OUTAGE.level()) {
            throw badRequest("Unknown impact " + level + "; report 1 (minor), 2 (major) or 3 (outage)");
        }
        return Impact.ofLevel(level);
    }

    private static String text(JsonObject object) {
        JsonValue text = object.get("text");
        if (text == null || text == JsonValue.NULL) {
            return null;
        }
        if (!(text instanceof JsonString string)) {
            throw badRequest("'text' must be a string");
        }
        return limited("text", string.getString().strip());
    }

    private static Map<String, String> attributes(JsonObject object) {
        JsonValue attributes = object.get("attributes");
        if (attributes == null || attributes == JsonValue.NULL) {
            return Map.of();
        }
        if (attributes.getValueType() != JsonValue.ValueType.ARRAY) {
            throw badRequest("'attributes' must be a list of {\"name\": ..., \"value\": ...}");
        }
        var list = attributes.asJsonArray();
        if (list.size() > MAX_ATTRIBUTES) {
            throw badRequest("'attributes' may hold at most " + MAX_ATTRIBUTES + " entries");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (JsonValue entry : list) {
            if (!(entry instanceof JsonObject pair)
                    || !(pair.get("name") instanceof JsonString key)
                    || !(pair.get("value") instanceof JsonString text)) {
                throw badRequest("each attribute must be {\"name\": \"...\", \"value\": \"...\"} with string values");
            }
            if (pairs.put(limited("attribute name", key.getString()), limited("attribute value", text.getString()))
                    != null) {
                throw badRequest("attribute '" + key.getString() + "' is given twice");
            }
        }
        return pairs;
    }

    private static String limited(String field, String value) {
        if (value.length() > MAX_TEXT_LENGTH) {
            throw badRequest("'" + field + "' is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return value;
    }

    /** Deepest bracket nesting outside strings, found without building anything. */
    static int nestingDepth(byte[] body) {
        String json = new String(body, StandardCharsets.UTF_8);
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    private static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }
}
