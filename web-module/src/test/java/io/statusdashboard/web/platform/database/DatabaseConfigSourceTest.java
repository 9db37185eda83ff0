package io.statusdashboard.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

    private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE";

    private static DatabaseConfigSource source(Map<String, String> settings) {
        return new DatabaseConfigSource(settings::get);
    }

    @Test
    void anH2UrlGivenDirectlyAsOnAnApplicationServerGetsTheHiddenSettings() {
        DatabaseConfigSource source = source(Map.of(
                "SDB_DATASOURCE_URL", "jdbc:h2:file:/opt/payara/domains/domain1/dashboard",
                "SDB_DATASOURCE_CLASS", "org.h2.jdbcx.JdbcDataSource"));
        assertEquals("jdbc:h2:file:/opt/payara/domains/domain1/dashboard" + H2_SETTINGS,
                source.getValue(DatabaseConfigSource.URL));
        assertEquals("org.h2.jdbcx.JdbcDataSource", source.getValue(DatabaseConfigSource.DATA_SOURCE_CLASS));
    }

    @Test
    void theUrlGivenUnderItsPropertyNameIsCompletedToo() {
        DatabaseConfigSource source = source(Map.of(
                DatabaseConfigSource.URL, "jdbc:h2:mem:test;MODE=PostgreSQL;NON_KEYWORDS=VALUE"));
        assertEquals("jdbc:h2:mem:test;MODE=PostgreSQL;NON_KEYWORDS=VALUE;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                source.getValue(DatabaseConfigSource.URL));
        assertEquals(DatabaseUri.H2_DATA_SOURCE, source.getValue(DatabaseConfigSource.DATA_SOURCE_CLASS),
                "the class follows the URL when none is given");
    }

    @Test
    void aDirectUrlWinsOverTheDatabaseUri() {
        DatabaseConfigSource source = source(Map.of(
                "SDB_DATABASE_URI", "postgresql://dash@db/status",
                "SDB_DATASOURCE_URL", "jdbc:postgresql://other:5432/status?user=dash"));
        assertEquals("jdbc:postgresql://other:5432/status?user=dash", source.getValue(DatabaseConfigSource.URL));
        assertEquals(DatabaseUri.POSTGRESQL_DATA_SOURCE, source.getValue(DatabaseConfigSource.DATA_SOURCE_CLASS));
    }

    @Test
    void withoutADirectUrlTheDatabaseUriIsTranslated() {
        DatabaseConfigSource source = source(Map.of("SDB_DATABASE_URI", "postgresql://dash:secret@db:5433/status"));
        assertEquals("jdbc:postgresql://db:5433/status?user=dash&password=secret",
                source.getValue(DatabaseConfigSource.URL));
        assertTrue(source(Map.of()).getValue(DatabaseConfigSource.URL).endsWith("data/status-dashboard" + H2_SETTINGS));
    }

    @Test
    void theEmbeddedDatabaseLivesInTheDataDirectory() {
        assertEquals("jdbc:h2:file:/var/lib/status-dashboard/status-dashboard" + H2_SETTINGS,
                source(Map.of("SDB_DATA_DIR", "/var/lib/status-dashboard/")).getValue(DatabaseConfigSource.URL));
        assertEquals("jdbc:h2:file:" + Path.of("data").toAbsolutePath() + "/status-dashboard" + H2_SETTINGS,
                source(Map.of("SDB_DATA_DIR", " ")).getValue(DatabaseConfigSource.URL), "blank: ./data");
        assertEquals("jdbc:postgresql://db/status?user=dash", source(Map.of("SDB_DATA_DIR", "/var/lib/status-dashboard",
                "SDB_DATABASE_URI", "postgresql://dash@db/status")).getValue(DatabaseConfigSource.URL),
                "a database of its own is not moved");
    }

    @Test
    void itRanksAboveTheEnvironmentAndSystemPropertiesWhoseUrlItCompletes() {
        assertTrue(source(Map.of()).getOrdinal() > 400);
    }
}
