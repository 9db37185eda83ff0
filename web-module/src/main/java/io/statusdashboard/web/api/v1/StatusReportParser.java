package io.statusdashboard.web.api.v1;

import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.StatusReport;
import io.statusdashboard.web.api.ApiException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a status report strictly: every malformed body gets a 400 that says which field is wrong,
 * before anything is looked up or written. Unknown fields are ignored, as clients may send more.
 * The body is first walked token by token (strict UTF-8, one JSON value, bounded nesting, no key
 * given twice, numbers that can be read), so no later step meets input it could fail on.
 */
final class StatusReportParser {

    // Made once: Json.createReader and Json.createParser look the provider up through the
    // ServiceLoader on every call, which was about 5 % of a status report's CPU in a storm.
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_NESTING = 16;
    /** Longest number literal read: any impact, written any sane way, is far shorter. */
    static final int MAX_NUMBER_LENGTH = 32;
    static final int MAX_ATTRIBUTES = 32;

    private static final String SHAPE =
            "expected {\"name\": \"...\", \"impact\": 1|2|3, \"text\": \"...\", \"attributes\": [{\"name\": \"region\", \"value\": \"...\"}]}";

    private StatusReportParser() {}

    static StatusReport parse(byte[] body) {
        String json = utf8(body);
        if (json.isBlank()) {
            throw badRequest("The body is empty; " + SHAPE);
        }
        checkTokens(json);
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw badRequest("The body is not valid JSON; " + SHAPE);
        }
        if (!(value instanceof JsonObject object)) {
            throw badRequest("The body must be a JSON object; " + SHAPE);
        }
        return new StatusReport(name(object), attributes(object), impact(object), text(object));
    }

    /** The body as text: JSON travels as UTF-8 (RFC 8259), and bytes that are not UTF-8 are refused, not replaced. */
    private static String utf8(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw badRequest("The body is not UTF-8 text; send JSON encoded in UTF-8");
        }
        // RFC 8259 lets a reader ignore a byte order mark, which some clients write.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Walks the tokens once, without building anything: refuses what building the value would
     * choke on (deep nesting, numbers no {@link BigDecimal} can hold) or silently hide (a key given
     * twice, of which only one would be read). The parser itself refuses content after the value.
     */
    private static void checkTokens(String json) {
        Deque<Set<String>> keysOfOpenContainers = new ArrayDeque<>();
        try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (keysOfOpenContainers.size() == MAX_NESTING) {
                            throw badRequest("The body is nested too deeply; " + SHAPE);
                        }
                        keysOfOpenContainers.push(event == JsonParser.Event.START_OBJECT ? new HashSet<>() : Set.of());
                    }
                    case END_OBJECT, END_ARRAY -> keysOfOpenContainers.pop();
                    case KEY_NAME -> {
                        if (!keysOfOpenContainers.element().add(parser.getString())) {
                            throw badRequest("The key " + abbreviated(parser.getString())
                                    + " is given twice in one object");
                        }
                    }
                    case VALUE_NUMBER -> checkNumber(parser.getString());
                    default -> {
                        // strings, true, false and null need no check here
                    }
                }
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw badRequest("The body is not valid JSON; " + SHAPE);
        }
    }

    private static void checkNumber(String literal) {
        if (literal.length() > MAX_NUMBER_LENGTH) {
            throw badRequest("The body holds a number longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        try {
            new BigDecimal(literal);
        } catch (NumberFormatException e) {
            throw badRequest("The body holds a number out of any range: " + literal);
        }
    }

    private static String abbreviated(String key) {
        return key.length() <= 40 ? "'" + key + "'" : "'" + key.substring(0, 40) + "...'";
    }

    private static String name(JsonObject object) {
        JsonValue name = object.get("name");
        if (!(name instanceof JsonString string) || string.getString().isBlank()) {
            throw badRequest("'name' is required and must be a non-empty string");
        }
        return ApiText.checked("name", string.getString());
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
        return ApiText.checked("text", string.getString().strip());
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
            if (pairs.put(ApiText.checked("attribute name", key.getString()),
                    ApiText.checked("attribute value", text.getString())) != null) {
                throw badRequest("attribute '" + key.getString() + "' is given twice");
            }
        }
        return pairs;
    }

    private static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }
}
