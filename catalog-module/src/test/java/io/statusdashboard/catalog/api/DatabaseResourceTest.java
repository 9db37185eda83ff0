package io.statusdashboard.catalog.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DatabaseResourceTest {

    private static final Predicate<String> NOTHING_BOUND = name -> false;
    private static final Predicate<String> CONVENTION_BOUND = DatabaseResource.CONVENTIONAL_NAME::equals;

    @Test
    void theNamedResourceIsUsedEvenWithADatabaseUri() {
        assertEquals(Optional.of("jdbc/dashboardPg"), DatabaseResource.serverResource(
                Map.of(DatabaseResource.SETTING, " jdbc/dashboardPg ", "SDB_DATABASE_URI", "postgresql://db/x")::get,
                NOTHING_BOUND));
    }

    @Test
    void theConventionalResourceIsUsedWhenItExistsAndNoOwnDatabaseIsConfigured() {
        assertEquals(Optional.of("jdbc/statusDashboard"),
                DatabaseResource.serverResource(Map.<String, String>of()::get, CONVENTION_BOUND));
        assertEquals(Optional.of("jdbc/statusDashboard"),
                DatabaseResource.serverResource(Map.of("SDB_DATABASE_URI", " ")::get, CONVENTION_BOUND));
    }

    @Test
    void anOwnDatabaseWinsOverTheConvention() {
        assertEquals(Optional.empty(),
                DatabaseResource.serverResource(Map.of("SDB_DATABASE_URI", "postgresql://db/x")::get, CONVENTION_BOUND));
        assertEquals(Optional.empty(),
                DatabaseResource.serverResource(Map.of("SDB_DATASOURCE_URL", "jdbc:h2:file:/x")::get, CONVENTION_BOUND));
        assertEquals(Optional.empty(),
                DatabaseResource.serverResource(Map.of("sdb.datasource.url", "jdbc:h2:file:/x")::get, CONVENTION_BOUND));
    }

    @Test
    void withNeitherTheApplicationsOwnDatasourceIsUsed() {
        assertEquals(Optional.empty(), DatabaseResource.serverResource(Map.<String, String>of()::get, NOTHING_BOUND));
        assertEquals(Optional.empty(),
                DatabaseResource.serverResource(Map.of(DatabaseResource.SETTING, "  ")::get, NOTHING_BOUND));
    }
}
