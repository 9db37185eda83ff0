package io.statusdashboard.web.platform.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.platform.database.ConfiguredDataSource;
import io.statusdashboard.web.platform.database.DashboardDatabase;
import jakarta.annotation.sql.DataSourceDefinition;
import org.junit.jupiter.api.Test;

/** The application's own datasource, as every server creates its pool from the annotation. */
class DataSourceDefinitionTest {

    private final DataSourceDefinition definition = ApplicationStartup.class.getAnnotation(DataSourceDefinition.class);

    @Test
    void namesOurFixedClassWhichNeedsNoResolutionByTheServer() {
        // Written out in the annotation, where a class literal's name is no constant.
        assertEquals(ConfiguredDataSource.class.getName(), definition.className());
        assertEquals(DashboardDatabase.JNDI_NAME, definition.name());
        assertFalse(definition.url().contains("${"), "a full server leaves ${MPCONFIG=...} unresolved: " + definition.url());
    }

    @Test
    void aSilentDatabaseFailsTheLoginWithinSeconds() {
        assertTrue(definition.loginTimeout() > 0 && definition.loginTimeout() <= 10, "loginTimeout " + definition.loginTimeout());
    }
}
