package io.statusdashboard.web.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether the start-up has migrated the schema; until then the dashboard is not ready. */
@ApplicationScoped
public class SchemaStatus {

    private volatile boolean migrated;

    public void markMigrated() {
        migrated = true;
    }

    public boolean isMigrated() {
        return migrated;
    }
}
