package io.statusdashboard.web.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Offers the datasource settings that {@code @DataSourceDefinition} reads through
 * {@code ${MPCONFIG=...}}. The annotation cannot translate the original's URI form itself, so this
 * source derives {@value #URL} and {@value #DATA_SOURCE_CLASS} from {@code SDB_DATABASE_URI}
 * (a system property or an environment variable, system property first).
 */
public class DatabaseConfigSource implements ConfigSource {

    public static final String DATABASE_URI = "SDB_DATABASE_URI";
    public static final String URL = "sdb.datasource.url";
    public static final String DATA_SOURCE_CLASS = "sdb.datasource.class";

    private volatile JdbcSettings settings;

    /** Resolved once, on first use: the environment does not change while the application runs. */
    public JdbcSettings settings() {
        JdbcSettings resolved = settings;
        if (resolved == null) {
            String uri = System.getProperty(DATABASE_URI, System.getenv(DATABASE_URI));
            resolved = DatabaseUri.resolve(uri, Path.of("").toAbsolutePath());
            settings = resolved;
        }
        return resolved;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(URL, DATA_SOURCE_CLASS);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(URL, settings().url(), DATA_SOURCE_CLASS, settings().dataSourceClass());
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case URL -> settings().url();
            case DATA_SOURCE_CLASS -> settings().dataSourceClass();
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "status-dashboard database (" + DATABASE_URI + ")";
    }

    @Override
    public int getOrdinal() {
        // Below system properties and the environment, so an explicit sdb.datasource.* still wins.
        return 200;
    }
}
