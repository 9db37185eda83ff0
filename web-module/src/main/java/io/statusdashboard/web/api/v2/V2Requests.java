package io.statusdashboard.web.api.v2;

import io.statusdashboard.catalog.api.CatalogWrites;
import io.statusdashboard.incident.api.ApiEventDraft;
import io.statusdashboard.incident.api.ApiEventPatch;
import io.statusdashboard.incident.api.EventType;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Write bodies as status-dashboard-v3 binds them, field by field in its structs' order, onto the
 * incident and catalog modules' commands. Only the form is checked here; the rules are the modules'.
 */
final class V2Requests {

    static final String COMPONENTS_STRUCT = "Components";
    private static final Set<String> TYPES = Set.of("incident", "maintenance", "info");
    private static final String COMPONENT_INVALID_PREFIX = V2Exception.COMPONENT_INVALID + ": ";

    private V2Requests() {}

    /**
     * The body of a write that names components, read as v3's components check reads it first: a
     * non-empty list of integers, else "component invalid format: ..." with the decoder's text.
     */
    static V2Body withComponents(InputStream in) {
        V2Body body = V2Body.read(in, COMPONENTS_STRUCT, COMPONENT_INVALID_PREFIX);
        componentIds(body);
        return body;
    }

    /** The components of a body {@link #withComponents} accepted. */
    static List<Long> componentIds(V2Body body) {
        V2Body components = body.as(COMPONENTS_STRUCT);
        List<Long> ids;
        try {
            ids = components.integers("components");
        } catch (V2Exception e) {
            throw V2Exception.badRequest(COMPONENT_INVALID_PREFIX + e.getMessage());
        }
        if (ids == null) {
            throw V2Exception.badRequest(COMPONENT_INVALID_PREFIX + components.validation("Components", "required")
                    .getMessage());
        }
        if (ids.isEmpty()) {
            throw V2Exception.badRequest(COMPONENT_INVALID_PREFIX + components.validation("Components", "min")
                    .getMessage());
        }
        return ids;
    }

    /** {@code POST /v2/events}: the whole body once its components were found to exist. */
    static ApiEventDraft eventDraft(V2Body components, List<Integer> componentIds) {
        V2Body body = components.as("IncidentData");
        // Decoded first, as Go's decoder reads every field before the validator looks at any.
        String title = body.string("title");
        String description = body.string("description");
        Long impact = body.integer("impact");
        LocalDateTime start = body.time("start_date");
        LocalDateTime end = body.time("end_date");
        Boolean system = body.bool("system");
        String type = body.string("type");
        JsonArray updates = body.array("updates", "[]v2.EventUpdateData");
        if (updates != null) {
            updates.forEach(update -> requireObject(update, body, "updates", "v2.EventUpdateData"));
        }
        body.string("status");
        String contactEmail = body.string("contact_email");

        if (title == null || title.isEmpty()) {
            throw body.validation("Title", "required");
        }
        if (impact == null) {
            throw body.validation("Impact", "required");
        }
        if (impact < 0) {
            throw body.validation("Impact", "gte");
        }
        if (impact > 3) {
            throw body.validation("Impact", "lte");
        }
        if (start == null) {
            throw body.validation("StartDate", "required");
        }
        if (type == null || type.isEmpty()) {
            throw body.validation("Type", "required");
        }
        if (!TYPES.contains(type)) {
            throw body.validation("Type", "oneof");
        }
        return new ApiEventDraft(title, description, impact.intValue(), EventType.ofColumnValue(type), componentIds,
                start, end, Boolean.TRUE.equals(system), updates != null && !updates.isEmpty(),
                contactEmail == null || contactEmail.isEmpty() ? null : contactEmail);
    }

    /** {@code PATCH /v2/events/{id}}. */
    static ApiEventPatch eventPatch(InputStream in) {
        V2Body body = V2Body.read(in, "PatchIncidentData", "");
        String title = body.string("title");
        String description = body.string("description");
        Long impact = body.integer("impact");
        String message = body.string("message");
        String status = body.string("status");
        LocalDateTime updateDate = body.time("update_date");
        LocalDateTime start = body.time("start_date");
        LocalDateTime end = body.time("end_date");
        String type = body.string("type");
        Long version = body.integer("version");
        String contactEmail = body.string("contact_email");

        if (message == null || message.isEmpty()) {
            throw body.validation("Message", "required");
        }
        if (status == null || status.isEmpty()) {
            throw body.validation("Status", "required");
        }
        if (updateDate == null) {
            throw body.validation("UpdateDate", "required");
        }
        if (type != null && !type.isEmpty() && !TYPES.contains(type)) {
            throw body.validation("Type", "oneof");
        }
        if (impact != null && (impact < Integer.MIN_VALUE || impact > Integer.MAX_VALUE)) {
            // Out of anything an event can have; the rules refuse it as they refuse 4.
            impact = (long) Integer.MAX_VALUE;
        }
        return new ApiEventPatch(message, status, updateDate, title, description,
                impact == null ? null : impact.intValue(), start, end,
                type == null || type.isEmpty() ? null : EventType.ofColumnValue(type),
                // A version no event can have is stale, not malformed: the answer is the conflict.
                version == null ? null : (int) Math.max(-1, Math.min(version, Integer.MAX_VALUE)),
                contactEmail == null || contactEmail.isEmpty() ? null : contactEmail);
    }

    /** {@code PATCH /v2/events/{id}/updates/{n}}: the new text. */
    static String updateText(InputStream in) {
        V2Body body = V2Body.read(in, "PatchEventUpdateData", "");
        return body.requiredString("text", "Text");
    }

    /** A new component of {@code POST /v2/components}. */
    record NewComponent(String name, List<CatalogWrites.Attribute> attributes) {}

    static NewComponent component(InputStream in) {
        V2Body body = V2Body.read(in, "PostComponentData", "");
        JsonArray attrs = body.array("attrs", "[]v2.ComponentAttribute");
        String name = body.string("name");
        List<CatalogWrites.Attribute> attributes = new ArrayList<>();
        if (attrs != null) {
            for (JsonValue element : attrs) {
                JsonObject attribute = requireObject(element, body, "attrs", "v2.ComponentAttribute");
                attributes.add(new CatalogWrites.Attribute(text(attribute, "name"), text(attribute, "value")));
            }
        }
        if (attrs == null) {
            throw body.validation("Attributes", "required");
        }
        if (name == null || name.isEmpty()) {
            throw body.validation("Name", "required");
        }
        return new NewComponent(name, attributes);
    }

    private static JsonObject requireObject(JsonValue element, V2Body body, String key, String goType) {
        if (element.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (element.getValueType() != JsonValue.ValueType.OBJECT) {
            throw V2Exception.badRequest("json: cannot unmarshal " + V2Body.goKind(element) + " into Go struct field "
                    + body.struct() + "." + key + " of type " + goType);
        }
        return element.asJsonObject();
    }

    /** A string member of an attribute; Go leaves a missing or null one empty. */
    private static String text(JsonObject attribute, String key) {
        JsonValue value = attribute.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw V2Exception.badRequest("json: cannot unmarshal " + V2Body.goKind(value)
                    + " into Go struct field ComponentAttribute.attrs." + key + " of type string");
        }
        return ((JsonString) value).getString();
    }
}
