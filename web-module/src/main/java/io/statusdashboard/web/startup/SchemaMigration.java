package io.statusdashboard.web.startup;

import java.util.List;
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

    /** In dependency order: the incident tables refer to the catalog's component table. */
    static final List<String> MODULES = List.of("catalog", "incident");

    private final DataSource dataSource;
    private final ClassLoader classLoader;

    SchemaMigration(DataSource dataSource, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.classLoader = classLoader;
    }

    void migrate() {
        for (String module : MODULES) {
            MigrateResult result = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + module)
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
}
