package io.statusdashboard.web.api.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathIdsTest {

    private static String refusal(String id) {
        V2Exception refused = assertThrows(V2Exception.class, () -> PathIds.eventId(id));
        assertEquals(400, refused.status());
        return refused.getMessage();
    }

    @Test
    void eventIdsAreNumbersAboveZeroWithinSixtyFourBits() {
        assertEquals(42, PathIds.eventId("42"));
        assertEquals(42, PathIds.eventId("+42"));
        assertEquals(99_999_999_999L, PathIds.eventId("99999999999"), "past the database's range: simply not found");
    }

    @Test
    void badEventIdsGetTheTextsOfV3sBinder() {
        assertEquals("Key: 'IncidentID.ID' Error:Field validation for 'ID' failed on the 'required' tag", refusal("0"));
        assertEquals("Key: 'IncidentID.ID' Error:Field validation for 'ID' failed on the 'gte' tag", refusal("-3"));
        assertEquals("strconv.ParseInt: parsing \"abc\": invalid syntax", refusal("abc"));
        assertEquals("strconv.ParseInt: parsing \"1.5\": invalid syntax", refusal("1.5"));
        assertEquals("strconv.ParseInt: parsing \"\\u0661\": invalid syntax".replace("\\u0661", "\u0661"),
                refusal("\u0661"), "digits of other scripts are no number to Go");
        assertEquals("strconv.ParseInt: parsing \"99999999999999999999\": value out of range",
                refusal("99999999999999999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "x", "1e3", "99999999999999999999", " 1"})
    void badComponentIdsAreAllOneRefusal(String id) {
        V2Exception refused = assertThrows(V2Exception.class, () -> PathIds.componentId(id));
        assertEquals(400, refused.status());
        assertEquals("component invalid format", refused.getMessage());
    }

    @Test
    void componentIdsAreNumbersAboveZero() {
        assertEquals(7, PathIds.componentId("7"));
    }

    @Test
    void updatePositionsCountFromZero() {
        assertEquals(0, PathIds.updatePosition("0"));
        assertEquals(Integer.MAX_VALUE, PathIds.updatePosition("99999999999"), "past every timeline");
        assertEquals("Key: 'updateData.UpdateID' Error:Field validation for 'UpdateID' failed on the 'gte' tag",
                assertThrows(V2Exception.class, () -> PathIds.updatePosition("-1")).getMessage());
        assertEquals("strconv.ParseInt: parsing \"first\": invalid syntax",
                assertThrows(V2Exception.class, () -> PathIds.updatePosition("first")).getMessage());
    }
}
