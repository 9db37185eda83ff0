package io.statusdashboard.web.api.v2;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventPage;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.MonthlyAvailability;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.api.EventJsonList;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Maps the modules' views onto status-dashboard-v3's JSON, for every API v2 answer, reads and
 * writes alike. Empty values become null, which JSON-B leaves out, as v3's {@code omitempty} does.
 */
public final class V2Json {

    private V2Json() {}

    /** An event as anonymous readers get it: without creator, contact and version. */
    public static V2Event event(EventView event) {
        return event(event, false);
    }

    /** An event; {@code authenticated} readers also get its creator, contact and version. */
    public static V2Event event(EventView event, boolean authenticated) {
        List<UpdateView> timeline = event.timelineAsWritten();
        List<V2Update> updates = IntStream.range(0, timeline.size())
                .mapToObj(position -> update(timeline.get(position), position))
                .toList();
        return new V2Event(event.id(), event.title(), emptyAsNull(event.descriptionText()), event.impact().level(),
                event.componentIds().stream().sorted().toList(), V2Time.format(event.start()),
                event.end() == null ? null : V2Time.format(event.end()), event.system(), event.type().columnValue(),
                updates.isEmpty() ? null : updates, emptyAsNull(event.currentStatus()),
                authenticated ? emptyAsNull(event.creator()) : null,
                authenticated ? emptyAsNull(event.contactEmail()) : null,
                authenticated ? event.version() : null);
    }

    /** A timeline entry at its position in {@link EventView#timelineAsWritten()}. */
    public static V2Update update(UpdateView update, int position) {
        return new V2Update(position, update.status(), update.text(), V2Time.format(update.timestamp()));
    }

    /** One page of {@code GET /v2/events}: only {@code data}, empty, when nothing matches at all. */
    public static V2EventList page(EventPage page, long pageIndex, int limit) {
        return page(page, pageIndex, limit, false);
    }

    public static V2EventList page(EventPage page, long pageIndex, int limit, boolean authenticated) {
        List<V2Event> events = page.events().stream().map(event -> event(event, authenticated)).toList();
        if (page.total() == 0) {
            return new V2EventList(events, null);
        }
        return new V2EventList(events, new V2Pagination(pageIndex, limit, page.total(), (page.total() + limit - 1) / limit));
    }

    /**
     * An event list without pages ({@code {"data":[...]}}, as {@link V2EventList} without pagination
     * is written), to be filled with the events in the order listed.
     */
    public static EventJsonList<V2Event> eventList(boolean authenticated) {
        return new EventJsonList<>(event -> event(event, authenticated), V2Event.class, "{\"data\":[", "]}");
    }

    public static V2Component component(ComponentView component) {
        List<V2Attribute> attributes = component.attributes().entrySet().stream()
                .map(pair -> new V2Attribute(pair.getKey(), pair.getValue()))
                .toList();
        return new V2Component(component.id(), emptyAsNull(component.name()), attributes.isEmpty() ? null : attributes);
    }

    /** Every component with its months, or null for one that never had an event. */
    public static V2AvailabilityList availability(List<ComponentView> components, MonthlyAvailability availability) {
        List<V2ComponentAvailability> data = new ArrayList<>(components.size());
        for (ComponentView component : components) {
            List<V2MonthAvailability> months = availability.of(component.id())
                    .map(percentages -> IntStream.range(0, percentages.size())
                            .mapToObj(i -> month(availability.months().get(i), percentages.get(i)))
                            .toList())
                    .orElse(null);
            String region = component.region();
            data.add(new V2ComponentAvailability(component.id(), component.name(), months, region == null ? "" : region));
        }
        return new V2AvailabilityList(data);
    }

    private static V2MonthAvailability month(YearMonth month, BigDecimal percentage) {
        return new V2MonthAvailability(month.getYear(), month.getMonthValue(), goNumber(percentage));
    }

    /** As Go prints a float: no trailing zeros, {@code 100} rather than {@code 100.00000} or {@code 1E+2}. */
    static BigDecimal goNumber(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
