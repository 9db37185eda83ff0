package io.statusdashboard.web.api.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.EventFilter;
import io.statusdashboard.incident.api.EventType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventListQueryTest {

    /** A raw query string as the server decodes it. */
    private static EventListQuery parse(String query, boolean paged) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return EventListQuery.parse(parameters, paged);
    }

    private static EventFilter filter(String query) {
        return parse(query, true).filter();
    }

    @Test
    void withoutParametersEveryEventOnTheFirstPageOfFifty() {
        EventListQuery query = parse("", true);
        assertEquals(EventFilter.ANY, query.filter());
        assertEquals(1, query.page());
        assertEquals(50, query.limit());
    }

    @Test
    void everyFilterIsRead() {
        EventFilter filter = filter("type=incident,info&active=true&status=in%20progress&start_date=2025-01-01T00:00:00Z"
                + "&end_date=2025-02-01T02:00:00%2B02:00&impact=3&system=false&components=1,2048,7&page=3&limit=20"
                + "&unknown=ignored");
        assertEquals(Set.of(EventType.INCIDENT, EventType.INFO), filter.types());
        assertTrue(filter.activeOnly());
        assertEquals("in progress", filter.status());
        assertEquals(LocalDateTime.of(2025, 1, 1, 0, 0), filter.startFrom());
        assertEquals(LocalDateTime.of(2025, 2, 1, 0, 0), filter.endUntil(), "in UTC");
        assertEquals(3, filter.impact());
        assertEquals(Boolean.FALSE, filter.system());
        assertEquals(Set.of(1, 2048, 7), filter.componentIds());
        EventListQuery query = parse("page=3&limit=20", true);
        assertEquals(3, query.page());
        assertEquals(20, query.limit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"type=outage", "type=incident,", "type=Incident", "type=", "active=false", "active=0",
        "active=yes", "active=", "status=active", "status=analyzing", "status=", "status=Resolved",
        "start_date=2025-01-01", "start_date=yesterday", "end_date=2025-01-01T00:00:00", "impact=4", "impact=-1",
        "impact=two", "impact=1.0", "system=maybe", "components=0", "components=2049", "components=1,,2",
        "components=a", "components=", "page=0", "page=-2", "page=", "page=x", "limit=25", "limit=0", "limit=",
        "limit=100", "limit=ten", "start_date=2025-02-01T00:00:00Z&end_date=2025-01-31T23:59:59Z",
        "start_date=2025-01-01T00:00:00Z&end_date="})
    void anyBadValueIsOneRefusal(String query) {
        V2Exception refused = assertThrows(V2Exception.class, () -> parse(query, true));
        assertEquals(400, refused.status());
        assertEquals("filter query parameter has an invalid format or value", refused.getMessage());
    }

    @Test
    void valuesAreReadAsGosBinderReadsThem() {
        assertTrue(filter("active=1").activeOnly());
        assertTrue(filter("active=True").activeOnly());
        assertEquals(Boolean.TRUE, filter("system=t").system());
        assertEquals(Boolean.FALSE, filter("system=").system(), "an empty boolean is false");
        assertEquals(0, filter("impact=").impact(), "an empty number is 0");
        assertEquals(LocalDateTime.of(1, 1, 1, 0, 0), filter("start_date=").startFrom(), "an empty time is Go's zero");
        assertEquals(Set.of(EventType.MAINTENANCE), filter("type=maintenance&type=incident").types(), "the first value");
        assertEquals(Set.of(5), filter("components=%2B5").componentIds());
        assertEquals(filter("start_date=2025-01-01T00:00:00Z&end_date=2025-01-01T00:00:00Z").startFrom(),
                filter("start_date=2025-01-01T00:00:00Z&end_date=2025-01-01T00:00:00Z").endUntil(),
                "an end equal to the start is allowed");
    }

    @Test
    void theAliasListHasNoPagesButStillChecksThem() {
        EventListQuery query = parse("limit=7", false);
        assertEquals(50, query.limit(), "any number, ignored");
        assertThrows(V2Exception.class, () -> parse("limit=x", false));
        assertThrows(V2Exception.class, () -> parse("page=0", false));
    }

    @Test
    void absentFiltersSelectEverything() {
        EventFilter filter = filter("page=2");
        assertTrue(filter.types().isEmpty());
        assertFalse(filter.activeOnly());
        assertNull(filter.status());
        assertNull(filter.startFrom());
        assertNull(filter.endUntil());
        assertNull(filter.impact());
        assertNull(filter.system());
        assertTrue(filter.componentIds().isEmpty());
    }
}
