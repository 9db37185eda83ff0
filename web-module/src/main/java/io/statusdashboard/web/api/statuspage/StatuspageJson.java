package io.statusdashboard.web.api.statuspage;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.EventLinks;
import io.statusdashboard.web.UpdateText;
import io.statusdashboard.web.api.statuspage.StatuspageRules.ComponentStatus;
import io.statusdashboard.web.api.statuspage.StatuspageRules.Indicator;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The documents of Statuspage's public API, built from one {@link StatuspageSnapshot}: the keys,
 * their order, {@code null}s and enums of a Statuspage-hosted page, so its clients parse ours.
 *
 * <p>Ids are strings, as Statuspage's: a component's and an event's database id, an update's row
 * id, and {@code region-<name>} for the group of a region's components. Times are UTC with
 * milliseconds and a {@code Z}.
 */
final class StatuspageJson {

    static final String PAGE_ID = "status-dashboard";
    static final int RECENT = 50;

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final String GROUP_PREFIX = "region-";

    private final StatuspageSnapshot snapshot;
    private final LocalDateTime now;
    private final LocalDateTime updatedAt;
    /** Components in page order (each region's group, then its members), keyed by their JSON id. */
    private final Map<String, JsonObject> components = new LinkedHashMap<>();
    private final Map<Integer, JsonObject> componentsById = new LinkedHashMap<>();

    StatuspageJson(StatuspageSnapshot snapshot) {
        this.snapshot = snapshot;
        this.now = snapshot.current().asOf();
        this.updatedAt = pageUpdatedAt();
        buildComponents();
    }

    JsonObject summary() {
        List<EventView> maintenances = new ArrayList<>(snapshot.current().activeMaintenances());
        maintenances.addAll(snapshot.current().planned());
        return JSON.createObjectBuilder()
                .add("page", page())
                .add("components", componentArray())
                .add("incidents", events(snapshot.current().activeIncidents()))
                .add("scheduled_maintenances", events(newestFirst(maintenances)))
                .add("status", status())
                .build();
    }

    JsonObject status() {
        Indicator indicator = StatuspageRules.indicator(snapshot.current());
        return JSON.createObjectBuilder()
                .add("indicator", indicator.indicator())
                .add("description", indicator.description())
                .build();
    }

    JsonObject statusDocument() {
        return JSON.createObjectBuilder().add("page", page()).add("status", status()).build();
    }

    JsonObject componentsDocument() {
        return JSON.createObjectBuilder().add("page", page()).add("components", componentArray()).build();
    }

    JsonObject incidents() {
        return document("incidents", snapshot.recentIncidents());
    }

    JsonObject unresolvedIncidents() {
        return document("incidents", snapshot.current().activeIncidents());
    }

    JsonObject scheduledMaintenances() {
        return document("scheduled_maintenances", snapshot.recentMaintenances());
    }

    JsonObject upcomingMaintenances() {
        return document("scheduled_maintenances", snapshot.current().planned());
    }

    JsonObject activeMaintenances() {
        return document("scheduled_maintenances", snapshot.current().activeMaintenances());
    }

    private JsonObject document(String key, List<EventView> events) {
        return JSON.createObjectBuilder().add("page", page()).add(key, events(newestFirst(events))).build();
    }

    private JsonObject page() {
        return JSON.createObjectBuilder()
                .add("id", PAGE_ID)
                .add("name", "Status Dashboard")
                .add("url", snapshot.root() + "/")
                .add("time_zone", "Etc/UTC")
                .add("updated_at", time(updatedAt))
                .build();
    }

    private JsonArray componentArray() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        components.values().forEach(array::add);
        return array.build();
    }

    private void buildComponents() {
        Comparator<ComponentView> order = Comparator
                .comparing((ComponentView component) -> Objects.requireNonNullElse(component.category(), ""))
                .thenComparing(ComponentView::name)
                .thenComparingInt(ComponentView::id);
        Map<String, List<ComponentView>> byRegion = new LinkedHashMap<>();
        for (String region : ComponentView.regionsOf(snapshot.components())) {
            byRegion.put(region, snapshot.components().stream()
                    .filter(component -> region.equals(component.region())).sorted(order).toList());
        }
        int position = 1;
        for (Map.Entry<String, List<ComponentView>> region : byRegion.entrySet()) {
            String groupId = GROUP_PREFIX + region.getKey();
            List<ComponentStatus> statuses = region.getValue().stream().map(this::statusOf).toList();
            JsonArrayBuilder members = JSON.createArrayBuilder();
            region.getValue().forEach(component -> members.add(String.valueOf(component.id())));
            LocalDateTime groupUpdated = region.getValue().stream().map(this::updatedAtOf)
                    .max(Comparator.naturalOrder()).orElse(updatedAt);
            components.put(groupId, componentBuilder(groupId, region.getKey(), ComponentStatus.worstOf(statuses),
                    groupUpdated, position++, null, false, null, true)
                    .add("components", members)
                    .build());
            for (ComponentView component : region.getValue()) {
                add(component, groupId, position++);
            }
        }
        for (ComponentView component : snapshot.components().stream().filter(c -> c.region() == null).sorted(order)
                .toList()) {
            add(component, null, position++);
        }
    }

    private void add(ComponentView component, String groupId, int position) {
        JsonObject json = componentBuilder(String.valueOf(component.id()), component.name(), statusOf(component),
                updatedAtOf(component), position, component.category(), true, groupId, false).build();
        components.put(String.valueOf(component.id()), json);
        componentsById.put(component.id(), json);
    }

    private JsonObjectBuilder componentBuilder(String id, String name, ComponentStatus status, LocalDateTime updated,
            int position, String description, boolean showcase, String groupId, boolean group) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", id)
                .add("name", name)
                .add("status", status.json)
                // The catalog keeps no creation time: the last change stands in for it.
                .add("created_at", time(updated))
                .add("updated_at", time(updated))
                .add("position", position);
        nullable(json, "description", description);
        json.add("showcase", showcase);
        json.addNull("start_date");
        nullable(json, "group_id", groupId);
        return json.add("page_id", PAGE_ID)
                .add("group", group)
                .add("only_show_if_degraded", false);
    }

    private ComponentStatus statusOf(ComponentView component) {
        return StatuspageRules.componentStatus(snapshot.current().prioritizedEventOf(component.id()));
    }

    /** The last change of the events that decide the component's status now, else the page's. */
    private LocalDateTime updatedAtOf(ComponentView component) {
        return snapshot.current().active().stream()
                .filter(event -> event.affects(component.id()))
                .map(this::lastChange)
                .max(Comparator.naturalOrder())
                .orElse(updatedAt);
    }

    private JsonArray events(List<EventView> events) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        events.stream().filter(StatuspageRules::isListed).map(this::event).forEach(array::add);
        return array.build();
    }

    private JsonObject event(EventView event) {
        String id = String.valueOf(event.id());
        List<UpdateView> timeline = StatuspageRules.timeline(event);
        List<String> phases = StatuspageRules.updateStatuses(event);
        JsonArrayBuilder updates = JSON.createArrayBuilder();
        for (int i = timeline.size() - 1; i >= 0; i--) {
            UpdateView update = timeline.get(i);
            updates.add(JSON.createObjectBuilder()
                    .add("id", String.valueOf(update.id()))
                    .add("status", phases.get(i))
                    .add("body", UpdateText.toPlainText(update.text()))
                    .add("incident_id", id)
                    .add("created_at", time(update.timestamp()))
                    .add("updated_at", time(update.timestamp()))
                    .add("display_at", time(update.timestamp()))
                    .addNull("affected_components")
                    .add("deliver_notifications", true)
                    .addNull("custom_tweet")
                    .addNull("tweet_id"));
        }
        JsonArrayBuilder affected = JSON.createArrayBuilder();
        componentsById.entrySet().stream()
                .filter(component -> event.affects(component.getKey()))
                .forEach(component -> affected.add(component.getValue()));
        boolean closed = event.isClosedAt(now) || (event.isMaintenance() && !event.isActiveAt(now)
                && !event.isPlannedAt(now));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", id)
                .add("name", event.title())
                .add("status", StatuspageRules.status(event, now))
                .add("created_at", time(createdAt(event, timeline)))
                .add("updated_at", time(lastChange(event)));
        nullableTime(json, "monitoring_at", lastEntry(timeline, phases, StatuspageRules.MONITORING));
        nullableTime(json, "resolved_at", closed ? Objects.requireNonNullElse(event.end(), lastChange(event)) : null);
        json.add("impact", StatuspageRules.impact(event))
                .add("shortlink", snapshot.root() + EventLinks.path(event.id()))
                .add("started_at", time(event.start()))
                .add("page_id", PAGE_ID)
                .add("incident_updates", updates)
                .add("components", affected);
        if (event.isMaintenance()) {
            json.add("scheduled_for", time(event.start()));
            nullableTime(json, "scheduled_until", event.end());
        }
        return json.build();
    }

    private static LocalDateTime createdAt(EventView event, List<UpdateView> timeline) {
        return timeline.isEmpty() || !timeline.get(0).timestamp().isBefore(event.start())
                ? event.start() : timeline.get(0).timestamp();
    }

    private static LocalDateTime lastEntry(List<UpdateView> timeline, List<String> phases, String phase) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (phases.get(i).equals(phase)) {
                return timeline.get(i).timestamp();
            }
        }
        return null;
    }

    /** The newest of the event's timeline entries, its start and its end, as far as they lie before now. */
    private LocalDateTime lastChange(EventView event) {
        return Stream.concat(event.updates().stream().map(UpdateView::timestamp),
                        Stream.of(event.start(), event.end()))
                .filter(Objects::nonNull)
                .filter(Predicate.not(now::isBefore))
                .max(Comparator.naturalOrder())
                .orElse(event.updates().isEmpty() ? event.start() : event.updates().get(0).timestamp());
    }

    private LocalDateTime pageUpdatedAt() {
        return Stream.of(snapshot.current().active(), snapshot.current().planned(), snapshot.recentIncidents(),
                        snapshot.recentMaintenances())
                .flatMap(List::stream)
                .map(this::lastChange)
                .filter(Predicate.not(now::isBefore))
                .max(Comparator.naturalOrder())
                .orElse(now);
    }

    private static List<EventView> newestFirst(List<EventView> events) {
        return events.stream()
                .sorted(EventView.NEWEST_FIRST)
                .toList();
    }

    private static void nullable(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }

    private static void nullableTime(JsonObjectBuilder json, String key, LocalDateTime value) {
        nullable(json, key, value == null ? null : time(value));
    }

    static String time(LocalDateTime utc) {
        return TIME.format(utc);
    }
}
