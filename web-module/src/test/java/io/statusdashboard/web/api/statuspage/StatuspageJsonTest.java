package io.statusdashboard.web.api.statuspage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatuspageJsonTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);
    private static final String ROOT = "https://status.example.test";

    private static final ComponentView ECS_DE = component(1, "Elastic Cloud Server", "EU-DE", "Compute");
    private static final ComponentView OBS_DE = component(2, "Object Storage", "EU-DE", "Storage");
    private static final ComponentView ECS_NL = component(3, "Elastic Cloud Server", "EU-NL", "Compute");
    private static final ComponentView RDS_NL = component(4, "Relational Database", "EU-NL", "Database");
    private static final ComponentView PROBE = new ComponentView(5, "Probe", Map.of());

    private static final EventView MAJOR = event(10, "ECS API errors", Impact.MAJOR, EventType.INCIDENT,
            NOW.minusHours(2), null, null, Set.of(1), List.of(
                    new UpdateView(100, NOW.minusHours(2), "analyzing", "Looking", "op"),
                    new UpdateView(101, NOW.minusHours(1), "fixing", "See <a href='/incidents/9'>A &amp; B</a>", "op"),
                    new UpdateView(102, NOW.minusMinutes(30), "impact changed", "worse", "op")));
    private static final EventView RUNNING = event(11, "Database upgrade", Impact.MAINTENANCE, EventType.MAINTENANCE,
            NOW.minusHours(1), NOW.plusHours(1), "in progress", Set.of(4), List.of(
                    new UpdateView(110, NOW.minusDays(1), "planned", "Planned", null),
                    new UpdateView(111, NOW.minusHours(1), "in progress", "Started", null)));
    private static final EventView PLANNED = event(12, "Network works", Impact.MAINTENANCE, EventType.MAINTENANCE,
            NOW.plusDays(1), NOW.plusDays(1).plusHours(2), "planned", Set.of(3), List.of(
                    new UpdateView(120, NOW.minusHours(3), "planned", "Planned", null)));
    private static final EventView CANCELLED = event(13, "Called off", Impact.MAINTENANCE, EventType.MAINTENANCE,
            NOW.plusDays(2), NOW.plusDays(2).plusHours(2), "cancelled", Set.of(3), List.of());
    private static final EventView RESOLVED = event(9, "Storage slow", Impact.MINOR, EventType.INCIDENT,
            NOW.minusDays(3), NOW.minusDays(2), "resolved", Set.of(2), List.of(
                    new UpdateView(90, NOW.minusDays(3), "analyzing", "Slow", null),
                    new UpdateView(91, NOW.minusDays(2).minusHours(1), "observing", "Better", null),
                    new UpdateView(92, NOW.minusDays(2), "resolved", "Fixed", null)));
    private static final EventView UNDER_REVIEW = event(14, "Proposed works", Impact.MAINTENANCE,
            EventType.MAINTENANCE, NOW.plusDays(3), NOW.plusDays(3).plusHours(1), "pending review", Set.of(3), List.of());

    private final StatuspageJson json = new StatuspageJson(new StatuspageSnapshot(
            List.of(ECS_DE, OBS_DE, ECS_NL, RDS_NL, PROBE),
            new CurrentEvents(NOW, List.of(MAJOR, RUNNING), List.of(PLANNED, UNDER_REVIEW)),
            List.of(MAJOR, RESOLVED),
            List.of(UNDER_REVIEW, CANCELLED, PLANNED, RUNNING),
            ROOT));

    @Test
    void thePageNamesThePublicAddressAndTheLastChange() {
        JsonObject page = json.statusDocument().getJsonObject("page");
        assertEquals(List.of("id", "name", "url", "time_zone", "updated_at"), List.copyOf(page.keySet()));
        assertEquals(ROOT + "/", page.getString("url"));
        assertEquals("Etc/UTC", page.getString("time_zone"));
        assertEquals("2026-12-02T11:30:00.000Z", page.getString("updated_at"), "the newest timeline entry");
    }

    @Test
    void regionsAreGroupsListingTheirComponentsWhichMapImpactsToStatuspageStatuses() {
        List<JsonObject> components = json.componentsDocument().getJsonArray("components").getValuesAs(JsonObject.class);
        assertEquals(List.of("region-EU-DE", "1", "2", "region-EU-NL", "3", "4", "5"),
                components.stream().map(component -> component.getString("id")).toList());
        JsonObject germany = components.get(0);
        assertEquals(List.of("id", "name", "status", "created_at", "updated_at", "position", "description", "showcase",
                "start_date", "group_id", "page_id", "group", "only_show_if_degraded", "components"),
                List.copyOf(germany.keySet()));
        assertTrue(germany.getBoolean("group"));
        assertEquals("EU-DE", germany.getString("name"));
        assertEquals(List.of("1", "2"), germany.getJsonArray("components").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("partial_outage", germany.getString("status"), "a group shows its worst member");

        JsonObject ecs = components.get(1);
        assertFalse(ecs.getBoolean("group"));
        assertEquals("region-EU-DE", ecs.getString("group_id"));
        assertEquals("Compute", ecs.getString("description"));
        assertEquals("partial_outage", ecs.getString("status"), "a major incident");
        assertEquals(2, ecs.getInt("position"));
        assertEquals(JsonValue.NULL, ecs.get("start_date"));
        assertEquals("operational", components.get(2).getString("status"));
        assertEquals("under_maintenance", components.get(5).getString("status"));
        assertEquals("under_maintenance", components.get(3).getString("status"));
        assertEquals(JsonValue.NULL, components.get(6).get("group_id"), "no region, no group");
    }

    @Test
    void everyImpactHasItsComponentStatusAndPageIndicator() {
        for (Object[] row : new Object[][] {
                {Impact.MINOR, "degraded_performance", "minor", "Minor Service Outage"},
                {Impact.MAJOR, "partial_outage", "major", "Partial System Outage"},
                {Impact.OUTAGE, "major_outage", "critical", "Major System Outage"}}) {
            EventView incident = event(1, "x", (Impact) row[0], EventType.INCIDENT, NOW.minusHours(1), null, null,
                    Set.of(1), List.of());
            assertEquals(row[1], StatuspageRules.componentStatus(java.util.Optional.of(incident)).json);
            StatuspageRules.Indicator indicator = StatuspageRules.indicator(new CurrentEvents(NOW, List.of(incident),
                    List.of()));
            assertEquals(row[2], indicator.indicator());
            assertEquals(row[3], indicator.description());
        }
        assertEquals(new StatuspageRules.Indicator("none", "All Systems Operational"),
                StatuspageRules.indicator(new CurrentEvents(NOW, List.of(), List.of(PLANNED))));
        assertEquals(new StatuspageRules.Indicator("none", "Service Under Maintenance"),
                StatuspageRules.indicator(new CurrentEvents(NOW, List.of(RUNNING), List.of())));
        assertEquals(new StatuspageRules.Indicator("major", "Partial System Outage"),
                StatuspageRules.indicator(new CurrentEvents(NOW, List.of(RUNNING, MAJOR), List.of())));
    }

    @Test
    void anUnresolvedIncidentCarriesItsPhaseUpdatesNewestFirstAndItsComponents() {
        JsonObject summary = json.summary();
        assertEquals(List.of("page", "components", "incidents", "scheduled_maintenances", "status"),
                List.copyOf(summary.keySet()));
        assertEquals("major", summary.getJsonObject("status").getString("indicator"));
        List<JsonObject> incidents = summary.getJsonArray("incidents").getValuesAs(JsonObject.class);
        assertEquals(1, incidents.size());
        JsonObject incident = incidents.get(0);
        assertEquals(List.of("id", "name", "status", "created_at", "updated_at", "monitoring_at", "resolved_at",
                "impact", "shortlink", "started_at", "page_id", "incident_updates", "components"),
                List.copyOf(incident.keySet()));
        assertEquals("10", incident.getString("id"));
        assertEquals("ECS API errors", incident.getString("name"));
        assertEquals("identified", incident.getString("status"), "an impact change keeps the phase");
        assertEquals("major", incident.getString("impact"));
        assertEquals(ROOT + "/incidents/10", incident.getString("shortlink"));
        assertEquals("2026-12-02T10:00:00.000Z", incident.getString("started_at"));
        assertEquals(JsonValue.NULL, incident.get("resolved_at"));
        List<JsonObject> updates = incident.getJsonArray("incident_updates").getValuesAs(JsonObject.class);
        assertEquals(List.of("102", "101", "100"), updates.stream().map(update -> update.getString("id")).toList());
        assertEquals(List.of("identified", "identified", "investigating"),
                updates.stream().map(update -> update.getString("status")).toList());
        assertEquals("See A & B", updates.get(1).getString("body"), "links become their text");
        assertEquals("10", updates.get(0).getString("incident_id"));
        assertEquals(List.of("1"), incident.getJsonArray("components").getValuesAs(JsonObject.class).stream()
                .map(component -> component.getString("id")).toList());
    }

    @Test
    void aResolvedIncidentIsListedWithItsResolutionAndMonitoringTimes() {
        List<JsonObject> incidents = json.incidents().getJsonArray("incidents").getValuesAs(JsonObject.class);
        assertEquals(List.of("10", "9"), incidents.stream().map(incident -> incident.getString("id")).toList());
        JsonObject resolved = incidents.get(1);
        assertEquals("resolved", resolved.getString("status"));
        assertEquals("minor", resolved.getString("impact"));
        assertEquals("2026-11-30T12:00:00.000Z", resolved.getString("resolved_at"));
        assertEquals("2026-11-30T11:00:00.000Z", resolved.getString("monitoring_at"));
        assertEquals(List.of("resolved", "monitoring", "investigating"),
                resolved.getJsonArray("incident_updates").getValuesAs(JsonObject.class).stream()
                        .map(update -> update.getString("status")).toList());
        assertTrue(json.unresolvedIncidents().getJsonArray("incidents").getValuesAs(JsonObject.class).stream()
                .noneMatch(incident -> incident.getString("id").equals("9")));
    }

    @Test
    void maintenancesAreScheduledInProgressOrCompletedAndCancelledOrUnreviewedOnesAreLeftOut() {
        List<JsonObject> all = json.scheduledMaintenances().getJsonArray("scheduled_maintenances")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("12", "11"), all.stream().map(event -> event.getString("id")).toList());
        JsonObject planned = all.get(0);
        assertEquals("scheduled", planned.getString("status"));
        assertEquals("maintenance", planned.getString("impact"));
        assertEquals("2026-12-03T12:00:00.000Z", planned.getString("scheduled_for"));
        assertEquals("2026-12-03T14:00:00.000Z", planned.getString("scheduled_until"));
        assertEquals("2026-12-02T09:00:00.000Z", planned.getString("created_at"), "when it was announced");
        JsonObject running = all.get(1);
        assertEquals("in_progress", running.getString("status"));
        assertEquals(List.of("in_progress", "scheduled"), running.getJsonArray("incident_updates")
                .getValuesAs(JsonObject.class).stream().map(update -> update.getString("status")).toList());
        assertEquals(List.of("12"), ids(json.upcomingMaintenances()));
        assertEquals(List.of("11"), ids(json.activeMaintenances()));
        assertEquals(List.of("12", "11"), json.summary().getJsonArray("scheduled_maintenances")
                .getValuesAs(JsonObject.class).stream().map(event -> event.getString("id")).toList());
    }

    @Test
    void withoutAPublicAddressLinksArePathsOnTheClientsHost() {
        JsonObject summary = new StatuspageJson(new StatuspageSnapshot(List.of(ECS_DE),
                new CurrentEvents(NOW, List.of(MAJOR), List.of()), List.of(), List.of(), "")).summary();
        assertEquals("/", summary.getJsonObject("page").getString("url"));
        assertEquals("/incidents/10", summary.getJsonArray("incidents").getJsonObject(0).getString("shortlink"));
    }

    private static List<String> ids(JsonObject document) {
        return document.getJsonArray("scheduled_maintenances").getValuesAs(JsonObject.class).stream()
                .map(event -> event.getString("id")).toList();
    }

    private static ComponentView component(int id, String name, String region, String category) {
        return new ComponentView(id, name, Map.of("region", region, "category", category));
    }

    private static EventView event(long id, String title, Impact impact, EventType type, LocalDateTime start,
            LocalDateTime end, String status, Set<Integer> components, List<UpdateView> updates) {
        return new EventView(id, title, null, impact, type, start, end, false, status, components, updates, 1);
    }
}
