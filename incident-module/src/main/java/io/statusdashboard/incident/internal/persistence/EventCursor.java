package io.statusdashboard.incident.internal.persistence;

import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads every event visitors may see, newest start first, and hands each over with its components
 * and timeline as soon as its rows are read, so that memory holds one event and a fetch's worth of
 * rows however long the history is (the full lists of API v1 run to 50,000 events and more).
 *
 * <p>One statement, read through a cursor ({@link #ROWS_PER_FETCH} rows at a time; PostgreSQL's
 * driver fetches so only inside a transaction, which the caller holds): the events joined with
 * their timeline entries and their components, one row per pair, ordered by event. One statement
 * reads one snapshot, so an event written meanwhile is either whole or absent. Read as plain rows,
 * as {@link EventEntity#toView} would see them, without building entities the persistence context
 * would keep until the end.
 */
final class EventCursor {

    static final int ROWS_PER_FETCH = 500;

    // Newest start first, the higher id first among equal starts (EventView.NEWEST_FIRST); within
    // an event, its entries in id order, each with every component.
    private static final String EVENTS = "SELECT e.id, e.text, e.description, e.impact, e.type,"
            + " e.start_date, e.end_date, e.system, e.status, e.version, e.created_by, e.contact_email,"
            + " u.id, u.\"timestamp\", u.status, u.text, u.created_by, r.component_id"
            + " FROM incident e LEFT JOIN incident_status u ON u.incident_id = e.id"
            + " LEFT JOIN incident_component_relation r ON r.incident_id = e.id"
            + " WHERE e.deleted_at IS NULL";
    private static final String VISIBLE = " AND " + EventFilterJpql.PUBLISHED;
    private static final String AFFECTING = " AND e.id IN (SELECT a.incident_id FROM incident_component_relation a"
            + " WHERE a.component_id IN (%s))";
    private static final String AMONG = " AND e.id IN (%s)";
    private static final String ORDER = " ORDER BY e.start_date DESC, e.id DESC, u.id, r.component_id";

    private EventCursor() {}

    /** Every event visitors may see. */
    static void forEach(Connection connection, Consumer<? super EventView> action) throws SQLException {
        read(connection, EVENTS + VISIBLE + ORDER, List.of(), action);
    }

    /**
     * The events visitors may see affecting any of the components; with more than
     * {@code mostIdsInAStatement} of them, every event is read and those affecting none are left
     * out here.
     */
    static void forEachAffecting(Connection connection, Set<Integer> componentIds, int mostIdsInAStatement,
            Consumer<? super EventView> action) throws SQLException {
        if (componentIds.isEmpty()) {
            return;
        }
        if (componentIds.size() > mostIdsInAStatement) {
            forEach(connection, event -> {
                if (event.componentIds().stream().anyMatch(componentIds::contains)) {
                    action.accept(event);
                }
            });
            return;
        }
        read(connection, EVENTS + VISIBLE + String.format(AFFECTING, placeholders(componentIds.size())) + ORDER,
                List.copyOf(componentIds), action);
    }

    /**
     * The events of these ids, published or not (whoever selected the ids decided); with more than
     * {@code mostIdsInAStatement} of them, every event is read and the others are left out here.
     */
    static void forEachOf(Connection connection, Set<Long> eventIds, int mostIdsInAStatement,
            Consumer<? super EventView> action) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        if (eventIds.size() > mostIdsInAStatement) {
            read(connection, EVENTS + ORDER, List.of(), event -> {
                if (eventIds.contains(event.id())) {
                    action.accept(event);
                }
            });
            return;
        }
        read(connection, EVENTS + String.format(AMONG, placeholders(eventIds.size())) + ORDER, List.copyOf(eventIds),
                action);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static void read(Connection connection, String sql, List<? extends Number> parameters,
            Consumer<? super EventView> action) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(ROWS_PER_FETCH);
            for (int i = 0; i < parameters.size(); i++) {
                query.setLong(i + 1, parameters.get(i).longValue());
            }
            try (ResultSet rows = query.executeQuery()) {
                boolean more = rows.next();
                while (more) {
                    long id = rows.getLong(1);
                    EventRow event = EventRow.read(rows);
                    Map<Long, UpdateView> timeline = new LinkedHashMap<>();
                    Set<Integer> components = new HashSet<>();
                    do {
                        readUpdate(rows, timeline);
                        int component = rows.getInt(18);
                        if (!rows.wasNull()) {
                            components.add(component);
                        }
                        more = rows.next();
                    } while (more && rows.getLong(1) == id);
                    action.accept(event.toView(components, List.copyOf(timeline.values())));
                }
            }
        }
    }

    /** The row's timeline entry, once however many components repeat it. */
    private static void readUpdate(ResultSet rows, Map<Long, UpdateView> timeline) throws SQLException {
        long updateId = rows.getLong(13);
        if (rows.wasNull() || timeline.containsKey(updateId)) {
            return;
        }
        LocalDateTime at = UtcTimestampPlatform.utcTime(rows, 14);
        // An entry without a time is on no timeline (as EventEntity#toView leaves it out).
        if (at != null) {
            String text = rows.getString(16);
            timeline.put(updateId, new UpdateView(updateId, at, rows.getString(15), text == null ? "" : text,
                    rows.getString(17)));
        }
    }

    /** The event's own columns, read from its first row. */
    private record EventRow(long id, String title, String description, int impact, String type, LocalDateTime start,
            LocalDateTime end, boolean system, String status, int version, String creator, String contactEmail) {

        static EventRow read(ResultSet rows) throws SQLException {
            int version = rows.getInt(10);
            boolean noVersion = rows.wasNull();
            String title = rows.getString(2);
            return new EventRow(rows.getLong(1), title == null ? "" : title, rows.getString(3), rows.getInt(4),
                    rows.getString(5), UtcTimestampPlatform.utcTime(rows, 6), UtcTimestampPlatform.utcTime(rows, 7),
                    rows.getBoolean(8), rows.getString(9), noVersion ? 0 : version, rows.getString(11),
                    rows.getString(12));
        }

        EventView toView(Set<Integer> componentIds, List<UpdateView> timeline) {
            return new EventView(id, title, description, Impact.ofLevel(impact), EventEntity.eventType(type, impact),
                    start, end, system, status, componentIds, timeline, version, creator, contactEmail);
        }
    }
}
