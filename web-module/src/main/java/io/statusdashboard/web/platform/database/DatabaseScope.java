package io.statusdashboard.web.platform.database;

import io.statusdashboard.catalog.api.DatabaseResource;

/**
 * What identifies the dashboard's database for state the data grid shares between instances (the
 * response cache, sign-in and subscription counters): instances on the same database share it,
 * others never do. Read directly rather than through MicroProfile Config, whose sources a full
 * server gathers for the EAR, out of sight of the WAR's {@link DatabaseConfigSource}.
 */
public final class DatabaseScope {

    private DatabaseScope() {}

    /** The administrator's JDBC resource's name, or the JDBC URL of the dashboard's own database. */
    public static String current() {
        return DatabaseResource.serverResource()
                .map(name -> "jndi:" + name)
                .orElseGet(() -> new DatabaseConfigSource().settings().url());
    }
}
