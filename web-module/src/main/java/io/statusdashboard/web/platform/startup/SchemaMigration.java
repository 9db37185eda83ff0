package io.statusdashboard.web.platform.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs each module's Flyway migrations, each with its own history table, so a module owns its
 * tables and their evolution.
 *
 * <p>An existing stackmon database has tables but no Flyway history. Baselining at version 0 lets
 * every migration run on it; they are written with create-if-absent statements, so they adopt the
 * tables in place instead of recreating them.
 */
final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /**
     * In dependency order: the incident tables refer to the catalog's component table; the webhook
     * subscriptions (the web module's) follow components and events; the shared secrets (the
     * security package's) refer to nothing.
     */
    static final List<String> MODULES = List.of("catalog", "incident", "subscription", "security");

    private final DataSource dataSource;
    private final ClassLoader classLoader;

    SchemaMigration(DataSource dataSource, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.classLoader = classLoader;
    }

    void migrate() {
        boolean postgreSql = isPostgreSql();
        for (String module : MODULES) {
            MigrateResult result = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .locations(locations(module, postgreSql))
                    .table("flyway_history_" + module)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .baselineDescription("adopted existing stackmon schema")
                    .load()
                    .migrate();
            LOG.info(() -> String.format("Schema of module %s: %d migrations applied, now at version %s",
                    module, result.migrationsExecuted, result.targetSchemaVersion));
        }
    }

    /**
     * A module's migrations, and on PostgreSQL also those only it can run (triggers in PL/pgSQL),
     * kept in {@code db/migration/postgresql/<module>}: outside the module's own folder, which
     * Flyway searches with its sub-folders. Both share the module's history and its version
     * numbers, so a version is used in one of the two folders only.
     */
    static String[] locations(String module, boolean postgreSql) {
        return postgreSql
                ? new String[] {"classpath:db/migration/" + module, "classpath:db/migration/postgresql/" + module}
                : new String[] {"classpath:db/migration/" + module};
    }

    private boolean isPostgreSql() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate its schema", e);
        }
    }
}
