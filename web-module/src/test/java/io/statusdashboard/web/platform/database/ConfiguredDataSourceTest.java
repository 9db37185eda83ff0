package io.statusdashboard.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class ConfiguredDataSourceTest {

    @Test
    void opensTheDatabaseTheSettingNamesWithTheSchemasH2Settings() throws SQLException {
        JdbcSettings settings = DatabaseUri.resolve("jdbc:h2:mem:configured-data-source", Path.of("."));
        ConfiguredDataSource dataSource = new ConfiguredDataSource(() -> settings);
        // The pool passes the definition's empty user: the URL's own credentials must apply.
        try (Connection connection = dataSource.getConnection("", "");
                Statement statement = connection.createStatement()) {
            // NON_KEYWORDS=VALUE, which DatabaseUri adds, lets the stackmon schema name a column "value".
            statement.execute("CREATE TABLE attribute (value VARCHAR(10))");
            statement.execute("INSERT INTO attribute VALUES ('EU-DE')");
            try (ResultSet rows = statement.executeQuery("SELECT value FROM attribute")) {
                assertTrue(rows.next());
                assertEquals("EU-DE", rows.getString(1));
            }
            assertTrue(connection.isValid(1), "the pool's validation asks the driver's connection");
        }
    }

    /**
     * A database that accepts the connection and never answers (a server still starting, an
     * overloaded one): the PostgreSQL driver waits forever unless it is given the pool's login
     * timeout, and every request needing a connection would hang with it.
     */
    /**
     * The server's pool creates the class with its public no-argument constructor and sets the
     * definition's properties through the public setters it finds with {@code getMethods()}, the
     * ones inherited from {@link AbstractDataSource} included; nothing is opened before a connection.
     */
    @Test
    void thePoolCreatesItAndSetsItsPropertiesThroughReflection() throws Exception {
        Object created = ConfiguredDataSource.class.getConstructor().newInstance();
        ConfiguredDataSource.class.getMethod("setLoginTimeout", int.class).invoke(created, 3);
        PrintWriter log = new PrintWriter(System.err);
        ConfiguredDataSource.class.getMethod("setLogWriter", PrintWriter.class).invoke(created, log);
        assertEquals(3, ((DataSource) created).getLoginTimeout());
        assertEquals(log, ((DataSource) created).getLogWriter());
    }

    @Test
    void thePoolsLoginTimeoutReachesTheDriverBeforeTheFirstConnection() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ConfiguredDataSource dataSource = silentPostgreSql(silent);
            dataSource.setLoginTimeout(1);
            assertGivesUpWithinSeconds(dataSource);
            assertEquals(1, dataSource.unwrap(PGSimpleDataSource.class).getLoginTimeout());
        }
    }

    @Test
    void aLoginTimeoutSetLaterReachesTheDriverToo() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ConfiguredDataSource dataSource = silentPostgreSql(silent);
            // The driver's DataSource exists before the pool sets its timeout.
            assertEquals(0, dataSource.unwrap(PGSimpleDataSource.class).getLoginTimeout());
            dataSource.setLoginTimeout(1);
            assertEquals(1, dataSource.getLoginTimeout());
            assertGivesUpWithinSeconds(dataSource);
        }
    }

    private static ConfiguredDataSource silentPostgreSql(ServerSocket silent) {
        JdbcSettings settings = DatabaseUri.resolve(
                "postgresql://dashboard@127.0.0.1:" + silent.getLocalPort() + "/status?sslmode=disable", Path.of("."));
        return new ConfiguredDataSource(() -> settings);
    }

    private static void assertGivesUpWithinSeconds(ConfiguredDataSource dataSource) {
        long started = System.nanoTime();
        SQLException failure = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(SQLException.class, dataSource::getConnection));
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waitedMillis < 10_000, "gave up after " + waitedMillis + " ms: " + failure);
        // A connection failure, which the dashboard answers with 503 (DatabaseOutage).
        assertTrue(DatabaseOutage.causedBy(failure), failure.getSQLState() + " " + failure);
    }

    @Test
    void aWrongDataSourceClassIsReportedWithoutThePassword() {
        JdbcSettings settings = new JdbcSettings("jdbc:postgresql://db/x?user=u&password=secret", "org.example.NoSuchDataSource");
        SQLException failure = assertThrows(SQLException.class, () -> new ConfiguredDataSource(() -> settings).getConnection());
        assertTrue(failure.getMessage().contains("org.example.NoSuchDataSource"), failure.getMessage());
        assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
    }

    @Test
    void aClassThatIsNoDataSourceIsRefused() {
        JdbcSettings settings = new JdbcSettings("jdbc:h2:mem:x", "java.lang.StringBuilder");
        SQLException failure = assertThrows(SQLException.class, () -> new ConfiguredDataSource(() -> settings).getConnection());
        assertTrue(failure.getMessage().contains("java.lang.StringBuilder"), failure.getMessage());
    }

    @Test
    void anUnsupportedDatabaseUriIsAClearErrorWithoutThePassword() {
        ConfiguredDataSource dataSource = new ConfiguredDataSource(
                () -> DatabaseUri.resolve("mysql://dash:secret@db/status", Path.of(".")));
        SQLException failure = assertThrows(SQLException.class, dataSource::getConnection);
        assertTrue(failure.getMessage().contains("SDB_DATABASE_URI"), failure.getMessage());
        assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
    }
}
