package io.statusdashboard.web.api.v2;

import io.statusdashboard.web.subscription.WebhookRegistration;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /v2/subscriptions}, read field by field so that each malformed one is
 * refused with a sentence that names it. Only the form is checked here; whether the URL may be
 * used and the targets exist is the subscriptions' rule.
 */
final class SubscriptionRequests {

    static final int MAX_BYTES = 16 * 1024;
    static final String NOT_AN_OBJECT = "body must be a JSON object";
    static final String TYPE = "type must be \"webhook\"";
    static final String URL = "url must be a string";
    static final String REGIONS = "regions must be an array of region names";
    static final String COMPONENTS = "components must be an array of component ids";
    static final String DESCRIPTION = "description must be a string";

    private SubscriptionRequests() {}

    static WebhookRegistration webhook(InputStream in) {
        JsonObject body = object(in);
        if (!"webhook".equals(string(body, "type", TYPE))) {
            throw V2Exception.badRequest(TYPE);
        }
        String url = string(body, "url", URL);
        if (url == null) {
            throw V2Exception.badRequest(URL);
        }
        return new WebhookRegistration(url, regions(body), components(body), string(body, "description", DESCRIPTION));
    }

    private static JsonObject object(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw V2Exception.badRequest(NOT_AN_OBJECT);
        }
        if (bytes.length > MAX_BYTES) {
            throw V2Exception.badRequest(V2Body.TOO_LARGE);
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw V2Exception.badRequest(NOT_AN_OBJECT);
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw V2Exception.badRequest(NOT_AN_OBJECT);
        }
    }

    /** A string field, null when absent or JSON null; any other type is refused with {@code refusal}. */
    private static String string(JsonObject body, String key, String refusal) {
        JsonValue value = body.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw V2Exception.badRequest(refusal);
    }

    private static List<String> regions(JsonObject body) {
        List<String> regions = new ArrayList<>();
        for (JsonValue element : array(body, "regions", REGIONS)) {
            if (!(element instanceof JsonString name) || name.getString().isBlank()) {
                throw V2Exception.badRequest(REGIONS);
            }
            regions.add(name.getString());
        }
        return regions;
    }

    private static List<Integer> components(JsonObject body) {
        List<Integer> ids = new ArrayList<>();
        for (JsonValue element : array(body, "components", COMPONENTS)) {
            if (!(element instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 1
                    || number.longValue() > Integer.MAX_VALUE) {
                throw V2Exception.badRequest(COMPONENTS);
            }
            ids.add(number.intValue());
        }
        return ids;
    }

    private static List<JsonValue> array(JsonObject body, String key, String refusal) {
        JsonValue value = body.get(key);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (value instanceof JsonArray array) {
            return array;
        }
        throw V2Exception.badRequest(refusal);
    }
}
