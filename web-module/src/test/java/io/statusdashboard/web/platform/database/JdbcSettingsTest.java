package io.statusdashboard.web.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcSettingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://db/status?user=dash&password=topsecret&ssl=true  | jdbc:postgresql://db/status?user=dash&password=***&ssl=true
            jdbc:postgresql://db/status?sslpassword=topsecret                  | jdbc:postgresql://db/status?sslpassword=***
            jdbc:h2:file:/srv/db;USER=sa;PASSWORD=topsecret;MODE=PostgreSQL    | jdbc:h2:file:/srv/db;USER=sa;PASSWORD=***;MODE=PostgreSQL
            jdbc:postgresql://dash:topsecret@db/status                         | jdbc:postgresql://dash:***@db/status
            """)
    void theLoggedUrlShowsNoPassword(String url, String logged) {
        assertEquals(logged, new JdbcSettings(url, "any").redactedUrl());
    }

    @ParameterizedTest
    @CsvSource({"jdbc:mysql://db/status?user=dash&password=topsecret", "mysql://dash:topsecret@db/status"})
    void aRefusedDatabaseIsNamedWithoutItsPassword(String uri) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DatabaseUri.resolve(uri, Path.of("/srv/dashboard")));
        assertFalse(error.getMessage().contains("topsecret"), error.getMessage());
    }
}
