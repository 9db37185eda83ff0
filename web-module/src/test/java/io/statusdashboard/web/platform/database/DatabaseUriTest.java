package io.statusdashboard.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class DatabaseUriTest {

    private static final Path DATA_DIRECTORY = Path.of("/srv/dashboard/data");
    private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE";

    @ParameterizedTest
    @NullAndEmptySource
    void unsetMeansAnH2FileUnderTheWorkingDirectory(String uri) {
        JdbcSettings settings = DatabaseUri.resolve(uri, DATA_DIRECTORY);
        assertEquals("jdbc:h2:file:/srv/dashboard/data/status-dashboard" + H2_SETTINGS, settings.url());
        assertEquals(DatabaseUri.H2_DATA_SOURCE, settings.dataSourceClass());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://dash:secret@db.example.com:5433/status   | jdbc:postgresql://db.example.com:5433/status?user=dash&password=secret
            postgresql://dash:secret@db.example.com/status        | jdbc:postgresql://db.example.com/status?user=dash&password=secret
            postgres://dash@10.0.0.5:5432/status                  | jdbc:postgresql://10.0.0.5:5432/status?user=dash
            postgresql+psycopg2://dash:secret@db:5432/status      | jdbc:postgresql://db:5432/status?user=dash&password=secret
            postgresql://dash:p%40ss%3Aw%2Ford@db/status          | jdbc:postgresql://db/status?user=dash&password=p%40ss%3Aw%2Ford
            postgresql://dash:a+b@db/status                       | jdbc:postgresql://db/status?user=dash&password=a%2Bb
            postgresql://dash:x@db/status?sslmode=require         | jdbc:postgresql://db/status?user=dash&password=x&sslmode=require
            postgresql://db.example.com/status                    | jdbc:postgresql://db.example.com/status
            postgresql://dash:x@[::1]:5432/status                 | jdbc:postgresql://[::1]:5432/status?user=dash&password=x
            jdbc:postgresql://db:5432/status?user=dash            | jdbc:postgresql://db:5432/status?user=dash
            """)
    void theOriginalsPostgreSqlFormBecomesAJdbcUrl(String uri, String jdbcUrl) {
        JdbcSettings settings = DatabaseUri.resolve(uri, DATA_DIRECTORY);
        assertEquals(jdbcUrl, settings.url());
        assertEquals(DatabaseUri.POSTGRESQL_DATA_SOURCE, settings.dataSourceClass());
    }

    @Test
    void anH2UrlGetsTheSettingsItLacksAndKeepsItsOwn() {
        JdbcSettings settings = DatabaseUri.resolve("jdbc:h2:file:/var/lib/sd/db;AUTO_SERVER=TRUE;mode=PostgreSQL", DATA_DIRECTORY);
        assertEquals("jdbc:h2:file:/var/lib/sd/db;AUTO_SERVER=TRUE;mode=PostgreSQL"
                + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE", settings.url());
    }

    @ParameterizedTest
    @CsvSource({"sqlite:///status.db", "mysql://u:p@db/status", "jdbc:mysql://db/status", "not a uri at all"})
    void otherDatabasesAreRefusedWithTheSupportedForms(String uri) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DatabaseUri.resolve(uri, DATA_DIRECTORY));
        assertTrue(error.getMessage().contains("postgresql://user:password@host:port/database"), error.getMessage());
    }

    @Test
    void aUriWithoutDatabaseNameIsRefusedWithoutShowingThePassword() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DatabaseUri.resolve("postgresql://dash:topsecret@db:5432/", DATA_DIRECTORY));
        assertFalse(error.getMessage().contains("topsecret"), error.getMessage());
    }

    @Test
    void logsNeverShowThePassword() {
        JdbcSettings settings = DatabaseUri.resolve("postgresql://dash:topsecret@db/status", DATA_DIRECTORY);
        assertEquals("jdbc:postgresql://db/status?user=dash&password=***", settings.redactedUrl());
    }
}
