package io.statusdashboard.web.api.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.catalog.api.CatalogWrites;
import io.statusdashboard.incident.api.ApiEventDraft;
import io.statusdashboard.incident.api.ApiEventPatch;
import io.statusdashboard.incident.api.EventType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Write bodies read as v3 binds them: what each malformed one answers, and what a good one carries. */
class V2RequestsTest {

    private static final String EVENT = "{\"title\":\"ECS errors\",\"impact\":2,\"components\":[3,1],"
            + "\"start_date\":\"2026-12-02T10:00:00.1234567+01:00\",\"type\":\"incident\",\"unknown\":{\"x\":1}}";

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(Runnable read) {
        V2Exception refused = assertThrows(V2Exception.class, read::run);
        assertEquals(400, refused.status());
        return refused.getMessage();
    }

    private static ApiEventDraft draft(String json) {
        V2Body read = V2Requests.withComponents(body(json));
        return V2Requests.eventDraft(read, V2Requests.componentIds(read).stream().map(Long::intValue).toList());
    }

    static Stream<Arguments> badEvents() {
        String components = "component invalid format: ";
        return Stream.of(
                Arguments.of("", components + "EOF"),
                Arguments.of("{\"components\":[1", components + "unexpected EOF"),
                Arguments.of("[1]", components + "json: cannot unmarshal array into Go value of type v2.Components"),
                Arguments.of("{}", components + "Key: 'Components.Components' Error:Field validation for 'Components'"
                        + " failed on the 'required' tag"),
                Arguments.of("{\"components\":[]}", components + "Key: 'Components.Components' Error:Field validation"
                        + " for 'Components' failed on the 'min' tag"),
                Arguments.of("{\"components\":[\"1\"]}", components + "json: cannot unmarshal string into Go struct"
                        + " field Components.components of type int"),
                Arguments.of("{\"components\":[1.5]}", components + "json: cannot unmarshal number 1.5 into Go struct"
                        + " field Components.components of type int"),
                Arguments.of("{\"components\":[1]}", "Key: 'IncidentData.Title' Error:Field validation for 'Title'"
                        + " failed on the 'required' tag"),
                Arguments.of("{\"components\":[1],\"title\":\"T\",\"impact\":\"2\"}", "json: cannot unmarshal string"
                        + " into Go struct field IncidentData.impact of type int"),
                Arguments.of("{\"components\":[1],\"title\":\"T\"}", "Key: 'IncidentData.Impact' Error:Field validation"
                        + " for 'Impact' failed on the 'required' tag"),
                Arguments.of("{\"components\":[1],\"title\":\"T\",\"impact\":4}", "Key: 'IncidentData.Impact'"
                        + " Error:Field validation for 'Impact' failed on the 'lte' tag"),
                Arguments.of("{\"components\":[1],\"title\":\"T\",\"impact\":-1}", "Key: 'IncidentData.Impact'"
                        + " Error:Field validation for 'Impact' failed on the 'gte' tag"),
                Arguments.of("{\"components\":[1],\"title\":\"T\",\"impact\":1}", "Key: 'IncidentData.StartDate'"
                        + " Error:Field validation for 'StartDate' failed on the 'required' tag"),
                Arguments.of("{\"components\":[1],\"title\":\"T\",\"impact\":1,\"start_date\":\"2026-12-02\"}",
                        "parsing time \"\\\"2026-12-02\\\"\" as \"\\\"2006-01-02T15:04:05Z07:00\\\"\": cannot parse"
                                + " \"2026-12-02\\\"\" as \"2006\""),
                Arguments.of("{\"components\":[1],\"title\":\"T\",\"impact\":1,\"start_date\":\"2026-12-02T10:00:00Z\"}",
                        "Key: 'IncidentData.Type' Error:Field validation for 'Type' failed on the 'required' tag"),
                Arguments.of("{\"components\":[1],\"title\":\"T\",\"impact\":1,\"start_date\":\"2026-12-02T10:00:00Z\","
                        + "\"type\":\"outage\"}", "Key: 'IncidentData.Type' Error:Field validation for 'Type' failed on"
                        + " the 'oneof' tag"),
                Arguments.of("{\"components\":[1],\"title\":\"T\",\"impact\":1,\"start_date\":\"2026-12-02T10:00:00Z\","
                        + "\"type\":\"incident\",\"system\":\"yes\"}", "json: cannot unmarshal string into Go struct"
                        + " field IncidentData.system of type bool"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("badEvents")
    void aMalformedEventIsRefusedWithV3sTextComponentsFirst(String json, String expected) {
        assertEquals(expected, refusal(() -> draft(json)));
    }

    @Test
    void aGoodEventCarriesEverythingInUtcToTheMicrosecondWhateverElseItHolds() {
        ApiEventDraft draft = draft(EVENT);
        assertEquals("ECS errors", draft.title());
        assertEquals(2, draft.impact());
        assertEquals(EventType.INCIDENT, draft.type());
        assertEquals(List.of(3, 1), draft.componentIds(), "in the order posted");
        assertEquals(LocalDateTime.of(2026, 12, 2, 9, 0, 0, 123_456_000), draft.start());
        assertNull(draft.end());
        assertFalse(draft.system());
        assertFalse(draft.hasUpdates());
        assertTrue(draft(EVENT.replace("}", ",\"updates\":[{\"text\":\"x\"}]}").replace("{\"x\":1,", "{"))
                .hasUpdates());
        assertFalse(draft(EVENT.replace("\"unknown\"", "\"updates\":[],\"system\":null,\"x\"")).hasUpdates());
    }

    @Test
    void aPatchNeedsItsMessageStatusAndTimeTheRestIsOptional() {
        assertEquals("Key: 'PatchIncidentData.Message' Error:Field validation for 'Message' failed on the 'required'"
                + " tag", refusal(() -> V2Requests.eventPatch(body("{\"status\":\"fixing\"}"))));
        assertEquals("Key: 'PatchIncidentData.Status' Error:Field validation for 'Status' failed on the 'required'"
                + " tag", refusal(() -> V2Requests.eventPatch(body("{\"message\":\"m\"}"))));
        assertEquals("Key: 'PatchIncidentData.UpdateDate' Error:Field validation for 'UpdateDate' failed on the"
                + " 'required' tag", refusal(() -> V2Requests.eventPatch(body("{\"message\":\"m\",\"status\":\"s\"}"))));
        assertEquals("Key: 'PatchIncidentData.Type' Error:Field validation for 'Type' failed on the 'oneof' tag",
                refusal(() -> V2Requests.eventPatch(body("{\"message\":\"m\",\"status\":\"s\","
                        + "\"update_date\":\"2026-12-02T10:00:00Z\",\"type\":\"outage\"}"))));
        assertEquals("json: cannot unmarshal string into Go struct field PatchIncidentData.impact of type int",
                refusal(() -> V2Requests.eventPatch(body("{\"impact\":\"3\"}"))));
        ApiEventPatch patch = V2Requests.eventPatch(body("{\"message\":\"m\",\"status\":\"impact changed\","
                + "\"update_date\":\"2026-12-02T10:00:00Z\",\"impact\":3,\"title\":null}"));
        assertEquals(3, patch.impact());
        assertNull(patch.title(), "null is a key not sent");
        assertNull(patch.type());
        assertEquals(LocalDateTime.of(2026, 12, 2, 10, 0), patch.updateDate());
        assertEquals(Integer.MAX_VALUE, V2Requests.eventPatch(body("{\"message\":\"m\",\"status\":\"s\","
                + "\"update_date\":\"2026-12-02T10:00:00Z\",\"impact\":99999999999}")).impact(), "refused by the rules");
    }

    @Test
    void anUpdatesTextIsRequired() {
        String required = "Key: 'PatchEventUpdateData.Text' Error:Field validation for 'Text' failed on the 'required'"
                + " tag";
        assertEquals(required, refusal(() -> V2Requests.updateText(body("{}"))));
        assertEquals(required, refusal(() -> V2Requests.updateText(body("{\"text\":\"\"}"))));
        assertEquals("EOF", refusal(() -> V2Requests.updateText(body(" "))));
        assertEquals("New text", V2Requests.updateText(body("{\"text\":\"New text\"}")));
    }

    @Test
    void aComponentNeedsAttrsAndAName() {
        assertEquals("Key: 'PostComponentData.Attributes' Error:Field validation for 'Attributes' failed on the"
                + " 'required' tag", refusal(() -> V2Requests.component(body("{\"name\":\"X\"}"))));
        assertEquals("Key: 'PostComponentData.Name' Error:Field validation for 'Name' failed on the 'required' tag",
                refusal(() -> V2Requests.component(body("{\"attrs\":[]}"))));
        assertEquals("json: cannot unmarshal string into Go struct field PostComponentData.attrs of type"
                + " []v2.ComponentAttribute", refusal(() -> V2Requests.component(body("{\"attrs\":\"x\"}"))));
        V2Requests.NewComponent component = V2Requests.component(body("{\"name\":\"ECS\",\"attrs\":[{\"name\":"
                + "\"region\",\"value\":\"EU-DE\"},{\"name\":\"type\"}]}"));
        assertEquals("ECS", component.name());
        assertEquals(List.of(new CatalogWrites.Attribute("region", "EU-DE"), new CatalogWrites.Attribute("type", "")),
                component.attributes(), "in the order posted, a missing value empty as in Go");
    }

    @Test
    void aBodyPastItsLimitIsRefusedUnread() {
        V2Exception refused = assertThrows(V2Exception.class,
                () -> V2Requests.updateText(body("{\"text\":\"" + "x".repeat(V2Body.MAX_BYTES) + "\"}")));
        assertEquals(413, refused.status());
    }
}
