package io.statusdashboard.web.api.v1;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.api.EventJsonList;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Maps the modules' views to API v1's JSON shapes. */
final class ApiV1Json {

    /** The original's date format; clients parse it. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ApiV1Json() {}

    static ApiIncident incident(EventView event) {
        List<ApiUpdate> updates = event.updatesNewestFirst().stream()
                .map(update -> new ApiUpdate(update.text(), update.status(), date(update.timestamp())))
                .toList();
        return new ApiIncident(event.id(), event.title(), event.impact().level(), date(event.start()),
                date(event.end()), updates);
    }

    /** The list of {@code GET /api/v1/incidents}, to be filled with the events in the order listed. */
    static EventJsonList<ApiIncident> incidentList() {
        return new EventJsonList<>(ApiV1Json::incident, ApiIncident.class, "[", "]");
    }

    static ApiComponent component(ComponentView component, List<EventView> events) {
        return new ApiComponent(component.id(), component.name(), attributes(component.attributes()),
                events.stream().map(ApiV1Json::incident).toList());
    }

    static ApiConflict conflict(ComponentView component, long existingId, String existingTitle) {
        return new ApiConflict(ApiConflict.MESSAGE,
                new ApiConflict.ApiTargetComponent(component.id(), component.name(), attributes(component.attributes())),
                existingId, existingTitle == null ? "" : existingTitle, ApiConflict.DETAILS);
    }

    private static List<ApiAttribute> attributes(Map<String, String> attributes) {
        return attributes.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(pair -> new ApiAttribute(pair.getKey(), pair.getValue()))
                .toList();
    }

    private static String date(LocalDateTime time) {
        return time == null ? null : DATE.format(time);
    }
}
