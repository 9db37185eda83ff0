package io.statusdashboard.incident.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cursor's rows against the views they must become, on H2 as the embedded database runs it
 * (PostgreSQL mode, the dashboard's settings), with the rows the original dashboards leave: nulls
 * where later versions write values, entries without a time, events without entries or components.
 */
class EventCursorTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 28, 9, 15);

    private Connection connection;

    @BeforeEach
    void schema() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:event-cursor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE");
        connection.setAutoCommit(false);
        execute("CREATE TABLE incident (id INTEGER PRIMARY KEY, text VARCHAR(200), description TEXT, impact INTEGER,"
                + " type VARCHAR(20), start_date TIMESTAMP, end_date TIMESTAMP, system BOOLEAN, status VARCHAR(40),"
                + " version INTEGER, created_by VARCHAR(100), contact_email VARCHAR(200), deleted_at TIMESTAMP)");
        execute("CREATE TABLE incident_status (id INTEGER PRIMARY KEY, incident_id INTEGER, \"timestamp\" TIMESTAMP,"
                + " text TEXT, status VARCHAR(40), created_by VARCHAR(100))");
        execute("CREATE TABLE incident_component_relation (incident_id INTEGER, component_id INTEGER)");
    }

    @AfterEach
    void drop() throws SQLException {
        execute("DROP ALL OBJECTS");
        connection.close();
    }

    @Test
    void readsEachEventOnceWithItsTimelineAndComponentsNewestFirst() throws SQLException {
        // As the Flask dashboard left it: no type, no version, no system flag, a title and an entry text missing.
        execute("INSERT INTO incident (id, text, impact, start_date) VALUES (1, NULL, 0, TIMESTAMP '2026-11-28 09:15:00')");
        execute("INSERT INTO incident_status VALUES (10, 1, TIMESTAMP '2026-11-28 09:20:00', NULL, 'description', NULL)");
        execute("INSERT INTO incident_status VALUES (11, 1, NULL, 'no time: on no timeline', 'analyzing', NULL)");
        // Three entries on three components: nine rows, one event.
        execute("INSERT INTO incident VALUES (2, 'Outage', 'Described', 3, 'incident', TIMESTAMP '2026-11-28 10:15:00',"
                + " NULL, TRUE, 'analyzing', 4, 'monitoring', NULL, NULL)");
        for (int entry = 20; entry < 23; entry++) {
            execute("INSERT INTO incident_status VALUES (" + entry + ", 2, TIMESTAMP '2026-11-28 10:2" + (entry - 20)
                    + ":00', 'Entry " + entry + "', 'analyzing', 'op')");
        }
        for (int component = 5; component <= 7; component++) {
            execute("INSERT INTO incident_component_relation VALUES (2, " + component + ")");
        }
        // Same start as 2: the higher id comes first. No entries, no components.
        execute("INSERT INTO incident VALUES (3, 'Bare', NULL, 1, 'incident', TIMESTAMP '2026-11-28 10:15:00',"
                + " TIMESTAMP '2026-11-28 11:15:00', FALSE, NULL, 1, NULL, NULL, NULL)");
        // Neither a deleted event nor a request waiting for review is read.
        execute("INSERT INTO incident VALUES (4, 'Deleted', NULL, 1, 'incident', TIMESTAMP '2026-11-29 10:15:00', NULL,"
                + " FALSE, NULL, 1, NULL, NULL, TIMESTAMP '2026-11-29 11:00:00')");
        execute("INSERT INTO incident VALUES (5, 'Requested', NULL, 0, 'maintenance', TIMESTAMP '2026-11-30 10:15:00',"
                + " NULL, FALSE, 'pending review', 1, 'creator', 'ops@example.com', NULL)");
        execute("INSERT INTO incident_component_relation VALUES (1, 5)");

        List<EventView> read = new ArrayList<>();
        EventCursor.forEach(connection, read::add);

        EventView outage = new EventView(2, "Outage", "Described", Impact.OUTAGE, EventType.INCIDENT, T.plusHours(1),
                null, true, "analyzing", Set.of(5, 6, 7), List.of(
                        new UpdateView(20, T.plusHours(1).plusMinutes(5), "analyzing", "Entry 20", "op"),
                        new UpdateView(21, T.plusHours(1).plusMinutes(6), "analyzing", "Entry 21", "op"),
                        new UpdateView(22, T.plusHours(1).plusMinutes(7), "analyzing", "Entry 22", "op")),
                4, "monitoring", null);
        EventView bare = new EventView(3, "Bare", null, Impact.MINOR, EventType.INCIDENT, T.plusHours(1), T.plusHours(2),
                false, null, Set.of(), List.of(), 1);
        EventView flask = new EventView(1, "", null, Impact.MAINTENANCE, EventType.MAINTENANCE, T, null, false, null,
                Set.of(5), List.of(new UpdateView(10, T.plusMinutes(5), "description", "", null)), 0);
        assertEquals(List.of(bare, outage, flask), read);
    }

    @Test
    void readsTheEventsOfSomeComponentsWithAllTheirComponents() throws SQLException {
        for (int id = 1; id <= 4; id++) {
            execute("INSERT INTO incident VALUES (" + id + ", 'Event " + id + "', NULL, 2, 'incident', TIMESTAMP"
                    + " '2026-11-2" + id + " 08:00:00', NULL, FALSE, NULL, 1, NULL, NULL, NULL)");
            execute("INSERT INTO incident_component_relation VALUES (" + id + ", " + (10 + id) + ")");
        }
        execute("INSERT INTO incident_component_relation VALUES (2, 13)");

        // By a statement naming the components, and past the most a statement names: the same events.
        for (int mostIdsInAStatement : new int[] {1000, 1}) {
            List<EventView> read = new ArrayList<>();
            EventCursor.forEachAffecting(connection, Set.of(12, 13), mostIdsInAStatement, read::add);
            assertEquals(List.of(3L, 2L), read.stream().map(EventView::id).toList(), "most ids " + mostIdsInAStatement);
            assertEquals(Set.of(12, 13), read.get(1).componentIds(), "an event keeps its other components");
        }
        List<EventView> none = new ArrayList<>();
        EventCursor.forEachAffecting(connection, Set.of(), 1000, none::add);
        assertEquals(List.of(), none);
    }

    @Test
    void readsTheEventsOfSomeIdsPublishedOrNot() throws SQLException {
        execute("INSERT INTO incident VALUES (1, 'Requested', NULL, 0, 'maintenance', TIMESTAMP '2026-11-30 10:15:00',"
                + " NULL, FALSE, 'pending review', 1, 'creator', 'ops@example.com', NULL)");
        execute("INSERT INTO incident VALUES (2, 'Outage', NULL, 2, 'incident', TIMESTAMP '2026-11-29 10:15:00', NULL,"
                + " FALSE, NULL, 1, NULL, NULL, NULL)");
        execute("INSERT INTO incident VALUES (3, 'Not asked for', NULL, 2, 'incident', TIMESTAMP '2026-12-01 10:15:00',"
                + " NULL, FALSE, NULL, 1, NULL, NULL, NULL)");
        execute("INSERT INTO incident VALUES (4, 'Deleted', NULL, 2, 'incident', TIMESTAMP '2026-12-01 10:15:00',"
                + " NULL, FALSE, NULL, 1, NULL, NULL, TIMESTAMP '2026-12-01 11:00:00')");

        for (int mostIdsInAStatement : new int[] {1000, 1}) {
            List<EventView> read = new ArrayList<>();
            EventCursor.forEachOf(connection, Set.of(1L, 2L, 4L), mostIdsInAStatement, read::add);
            assertEquals(List.of(1L, 2L), read.stream().map(EventView::id).toList(), "most ids " + mostIdsInAStatement);
            assertEquals("ops@example.com", read.get(0).contactEmail());
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
