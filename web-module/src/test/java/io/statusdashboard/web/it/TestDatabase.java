package io.statusdashboard.web.it;

import io.statusdashboard.web.platform.database.DatabaseUri;
import io.statusdashboard.web.platform.database.JdbcSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.api.ErrorCode;

/**
 * The database the deployed dashboard uses, opened from the test JVM: the same
 * {@code SDB_DATABASE_URI} (system property {@code it.database.uri}) through the same translation.
 * H2 runs with AUTO_SERVER so both JVMs can open the file.
 */
public final class TestDatabase {

    private final JdbcSettings settings;

    public TestDatabase() {
        this(System.getProperty("it.database.uri"));
    }

    /** Another database on the same server, e.g. for dashboards the test starts itself. */
    public TestDatabase(String databaseUri) {
        settings = DatabaseUri.resolve(databaseUri, Path.of(""));
    }

    public boolean isPostgreSql() {
        return settings.url().startsWith("jdbc:postgresql:");
    }

    /**
     * Opens a connection. With H2 the previous test class's server may still be shutting down
     * and holding the file, so refused connections are retried for a while.
     */
    public Connection open() throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(settings.url(), "", "");
            } catch (SQLException e) {
                if (isPostgreSql() || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A plain (unpooled) DataSource of the database's own driver, as the server would build it. */
    public javax.sql.DataSource dataSource() throws ReflectiveOperationException {
        Object dataSource = Class.forName(settings.dataSourceClass()).getConstructor().newInstance();
        dataSource.getClass().getMethod("setURL", String.class).invoke(dataSource, settings.url());
        return (javax.sql.DataSource) dataSource;
    }

    /**
     * An empty database: PostgreSQL's is created when missing, then both lose every table.
     *
     * <p>With H2 this runs while the previous test class's dashboard may still be stopping: the
     * connection can reach its server for the file (AUTO_SERVER) a moment before it goes away, and
     * then breaks. Dropping everything can simply be done again, so it is, for a while.
     */
    public void reset() throws SQLException {
        if (isPostgreSql()) {
            createPostgreSqlDatabaseIfMissing();
            execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                execute("DROP ALL OBJECTS");
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.CONNECTION_BROKEN_1 || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Runs statements separated by semicolons at line ends, as in the scripts under it/. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = open(); Statement statement = connection.createStatement()) {
            for (String part : sql.split(";\\s*(\\n|$)")) {
                if (!part.isBlank()) {
                    statement.execute(part);
                }
            }
        }
    }

    public void executeScript(String resource) throws SQLException, IOException {
        try (InputStream in = TestDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            execute(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", ""));
        }
    }

    /** Every row of a query, each as a list of column values. */
    public List<List<Object>> rows(String query, Object... parameters) throws SQLException {
        try (Connection connection = open(); var statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /**
     * Every row of each table, reading only the given columns, ordered by all of them: what an
     * adoption must leave exactly as it found it.
     */
    public Map<String, List<List<Object>>> snapshot(Map<String, String> columnsByTable) throws SQLException {
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : columnsByTable.entrySet()) {
            rows.put(table.getKey(), rows("SELECT " + table.getValue() + " FROM " + table.getKey()
                    + " ORDER BY " + table.getValue()));
        }
        return rows;
    }

    /** The single value of a one-row, one-column query. */
    public Object value(String query, Object... parameters) throws SQLException {
        List<List<Object>> rows = rows(query, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException(rows.size() + " rows for " + query);
        }
        return rows.get(0).get(0);
    }

    /**
     * Inserts an event as the original dashboards left them (no version, no author) and relates
     * it to the given components.
     */
    public long insertEvent(String title, int impact, String type, boolean system, LocalDateTime start,
            LocalDateTime end, int... componentIds) throws SQLException {
        try (Connection connection = open();
                var insert = connection.prepareStatement("INSERT INTO incident (text, start_date, end_date, impact,"
                        + " system, type) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, title);
            insert.setObject(2, start);
            insert.setObject(3, end);
            insert.setInt(4, impact);
            insert.setBoolean(5, system);
            insert.setString(6, type);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys();
                    var relation = connection.prepareStatement(
                            "INSERT INTO incident_component_relation (incident_id, component_id) VALUES (?, ?)")) {
                keys.next();
                long id = keys.getLong(1);
                for (int componentId : componentIds) {
                    relation.setLong(1, id);
                    relation.setInt(2, componentId);
                    relation.executeUpdate();
                }
                return id;
            }
        }
    }

    /** Adds a timeline entry to an event, as the original dashboards wrote them (no author). */
    public void insertUpdate(long eventId, LocalDateTime at, String text, String status) throws SQLException {
        try (Connection connection = open();
                var insert = connection.prepareStatement(
                        "INSERT INTO incident_status (incident_id, \"timestamp\", text, status) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, eventId);
            insert.setObject(2, at);
            insert.setString(3, text);
            insert.setString(4, status);
            insert.executeUpdate();
        }
    }

    /** The id of the component of that name in that region. */
    public int componentId(String name, String region) throws SQLException {
        return ((Number) value("SELECT c.id FROM component c JOIN component_attribute a"
                + " ON a.component_id = c.id AND a.name = 'region' WHERE c.name = ? AND a.value = ?", name, region))
                .intValue();
    }

    private void createPostgreSqlDatabaseIfMissing() throws SQLException {
        String url = settings.url();
        String database = url.replaceFirst("^jdbc:postgresql://[^/]+/([^?]+).*$", "$1");
        String maintenanceUrl = url.replaceFirst("/" + database + "(\\?|$)", "/postgres$1");
        try (Connection connection = DriverManager.getConnection(maintenanceUrl);
                Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database.replace("'", "''") + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
