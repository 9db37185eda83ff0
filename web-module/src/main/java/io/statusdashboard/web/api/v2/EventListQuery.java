package io.statusdashboard.web.api.v2;

import io.statusdashboard.incident.api.EventFilter;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query of {@code GET /v2/events} (and of {@code /v2/incidents}, which has no pages), read
 * exactly as status-dashboard-v3 reads it: any bad value is a 400 with one text, unknown
 * parameters are ignored, a repeated one counts once (its first value). Empty values follow v3's
 * binder: a number or a boolean left empty is 0 or false, an empty time is Go's zero time.
 *
 * @param page 1 for the first page
 * @param limit events per page: 10, 20 or 50 (any number on {@code /v2/incidents}, which ignores it)
 */
public record EventListQuery(EventFilter filter, long page, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    static final Set<Long> LIMITS = Set.of(10L, 20L, 50L);
    static final int MAX_COMPONENT_ID = 2048;
    /** What Go's binder makes of an empty time: year 1, January 1st, midnight. */
    static final LocalDateTime ZERO_TIME = LocalDateTime.of(1, 1, 1, 0, 0);

    /**
     * @param parameters decoded query parameters, each with its values in the order sent
     * @param paged true for {@code /v2/events}, whose {@code limit} must be 10, 20 or 50
     */
    public static EventListQuery parse(Map<String, List<String>> parameters, boolean paged) {
        Query query = new Query(parameters);
        Long impact = query.integer("impact");
        if (impact != null && (impact < 0 || impact > 3)) {
            throw invalid();
        }
        LocalDateTime start = query.time("start_date");
        LocalDateTime end = query.time("end_date");
        if (start != null && end != null && end.isBefore(start)) {
            throw invalid();
        }
        Boolean active = query.bool("active");
        if (Boolean.FALSE.equals(active)) {
            throw invalid();
        }
        String status = query.first("status");
        if (status != null && !EventStatus.FILTERABLE.contains(status)) {
            throw invalid();
        }
        Long page = query.integer("page");
        if (page != null && page < 1) {
            throw invalid();
        }
        Long limit = query.integer("limit");
        if (paged && limit != null && !LIMITS.contains(limit)) {
            throw invalid();
        }
        EventFilter filter = new EventFilter(types(query.first("type")), active != null, status, start, end,
                impact == null ? null : impact.intValue(), query.bool("system"), components(query.first("components")));
        return new EventListQuery(filter, page == null ? 1 : page,
                paged && limit != null ? limit.intValue() : DEFAULT_LIMIT);
    }

    private static Set<EventType> types(String list) {
        if (list == null) {
            return Set.of();
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : list.split(",", -1)) {
            types.add(switch (name) {
                case "incident" -> EventType.INCIDENT;
                case "maintenance" -> EventType.MAINTENANCE;
                case "info" -> EventType.INFO;
                default -> throw invalid();
            });
        }
        return types;
    }

    private static Set<Integer> components(String list) {
        if (list == null) {
            return Set.of();
        }
        Set<Integer> ids = new LinkedHashSet<>();
        for (String id : list.split(",", -1)) {
            long value = Query.goInteger(id);
            if (value < 1 || value > MAX_COMPONENT_ID) {
                throw invalid();
            }
            ids.add((int) value);
        }
        return ids;
    }

    private static V2Exception invalid() {
        return V2Exception.badRequest(V2Exception.FILTER_INVALID);
    }

    /** The raw parameters, typed the way Go's form binder types them. */
    private record Query(Map<String, List<String>> parameters) {

        String first(String name) {
            List<String> values = parameters.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        Long integer(String name) {
            String value = first(name);
            return value == null ? null : value.isEmpty() ? 0L : goInteger(value);
        }

        Boolean bool(String name) {
            String value = first(name);
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "", "0", "f", "F", "false", "FALSE", "False" -> false;
                case "1", "t", "T", "true", "TRUE", "True" -> true;
                default -> throw invalid();
            };
        }

        LocalDateTime time(String name) {
            String value = first(name);
            if (value == null) {
                return null;
            }
            if (value.isEmpty()) {
                return ZERO_TIME;
            }
            try {
                return V2Time.parse(value);
            } catch (DateTimeParseException e) {
                throw invalid();
            }
        }

        /** strconv.Atoi: an optional sign and ASCII digits, within 64 bits. */
        static long goInteger(String text) {
            if (!PathIds.INTEGER.matcher(text).matches()) {
                throw invalid();
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw invalid();
            }
        }
    }
}
