package io.statusdashboard.web.api.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventPage;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.MonthlyAvailability;
import io.statusdashboard.incident.api.UpdateView;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class V2JsonTest {

    private static final LocalDateTime START = LocalDateTime.of(2025, 5, 22, 10, 12, 42);

    private static EventView event(String status, LocalDateTime end, List<UpdateView> updates) {
        return new EventView(9, "Storage outage", null, Impact.OUTAGE, EventType.INCIDENT, START, end, true, status,
                Set.of(12, 3, 7), updates, 4);
    }

    @Test
    void anEventLooksAsV3WritesIt() {
        V2Event event = V2Json.event(event("resolved", START.plusHours(1), List.of(
                new UpdateView(31, START.plusHours(1), "resolved", "Fixed", "jane"),
                new UpdateView(30, START.plusMinutes(5), "analysing", "Looking", null))));
        assertEquals(new V2Event(9, "Storage outage", null, 3, List.of(3, 7, 12), "2025-05-22T10:12:42Z",
                "2025-05-22T11:12:42Z", true, "incident", List.of(
                        new V2Update(0, "analysing", "Looking", "2025-05-22T10:17:42Z"),
                        new V2Update(1, "resolved", "Fixed", "2025-05-22T11:12:42Z")), "resolved", null, null, null),
                event);
    }

    @Test
    void onlyAuthenticatedReadersGetCreatorContactAndVersion() {
        EventView request = new EventView(4, "Storage upgrade", null, Impact.MAINTENANCE, EventType.MAINTENANCE,
                START.plusDays(1), START.plusDays(2), false, "pending review", Set.of(3), List.of(), 6, "carla",
                "carla@example.com");
        V2Event anonymous = V2Json.event(request);
        assertEquals(null, anonymous.creator());
        assertEquals(null, anonymous.contactEmail());
        assertEquals(null, anonymous.version());
        V2Event authenticated = V2Json.event(request, true);
        assertEquals("carla", authenticated.creator());
        assertEquals("carla@example.com", authenticated.contactEmail());
        assertEquals(6, authenticated.version());
    }

    @Test
    void updatesAreNumberedInTheOrderWrittenWithoutV1DescriptionRows() {
        V2Event event = V2Json.event(new EventView(3, "Storage upgrade", null, Impact.MAINTENANCE,
                EventType.MAINTENANCE, START, START.plusHours(4), false, null, Set.of(3), List.of(
                        new UpdateView(8, START.minusDays(20), "description", "Firmware upgrade", null),
                        new UpdateView(11, START.plusMinutes(1), "SYSTEM", "note", null),
                        new UpdateView(10, START.plusMinutes(2), "in progress", "Started", null)), 0));
        assertEquals("Firmware upgrade", event.description(), "a v1 description row is the description");
        assertEquals(List.of(new V2Update(0, "in progress", "Started", "2025-05-22T10:14:42Z"),
                new V2Update(1, "SYSTEM", "note", "2025-05-22T10:13:42Z")), event.updates(), "by id, not by time");
        assertNull(event.status(), "nothing stored: no status key");
    }

    @Test
    void emptyValuesAreLeftOut() {
        V2Event open = V2Json.event(event("", null, List.of()));
        assertNull(open.endDate(), "an open event has no end_date key");
        assertNull(open.updates());
        assertNull(open.status());
        assertNull(open.description());
        V2Component bare = V2Json.component(new ComponentView(4, "", Map.of()));
        assertNull(bare.name());
        assertNull(bare.attributes());
    }

    @Test
    void attributesKeepTheirStoredOrder() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("region", "EU-DE");
        attributes.put("category", "Container");
        attributes.put("type", "cce");
        assertEquals(List.of(new V2Attribute("region", "EU-DE"), new V2Attribute("category", "Container"),
                new V2Attribute("type", "cce")),
                V2Json.component(new ComponentView(1, "Cloud Container Engine", attributes)).attributes());
    }

    @Test
    void aListWithoutMatchesHasNoPaginationAndAPagePastTheEndHasOne() {
        assertEquals(new V2EventList(List.of(), null), V2Json.page(new EventPage(List.of(), 0), 1, 50));
        assertEquals(new V2EventList(List.of(), new V2Pagination(9, 10, 41, 5)),
                V2Json.page(new EventPage(List.of(), 41), 9, 10));
    }

    @Test
    void availabilityIsNullForComponentsWithoutEventsAndPrintedAsGoPrintsNumbers() {
        MonthlyAvailability availability = new MonthlyAvailability(List.of(YearMonth.of(2026, 1), YearMonth.of(2025, 12)),
                Map.of(1, List.of(new BigDecimal("100.00000"), new BigDecimal("99.50000"))));
        V2AvailabilityList list = V2Json.availability(List.of(
                new ComponentView(1, "ECS", Map.of("region", "EU-DE")), new ComponentView(2, "OBS", Map.of())),
                availability);
        assertEquals(new V2ComponentAvailability(1, "ECS", List.of(
                new V2MonthAvailability(2026, 1, new BigDecimal("100")),
                new V2MonthAvailability(2025, 12, new BigDecimal("99.5"))), "EU-DE"), list.data().get(0));
        assertEquals(new V2ComponentAvailability(2, "OBS", null, ""), list.data().get(1));
        assertEquals("100", V2Json.goNumber(new BigDecimal("100.00000")).toString());
        assertEquals("0.00001", V2Json.goNumber(new BigDecimal("0.00001")).toString());
        assertEquals("0", V2Json.goNumber(new BigDecimal("0.00000")).toString());
    }
}
