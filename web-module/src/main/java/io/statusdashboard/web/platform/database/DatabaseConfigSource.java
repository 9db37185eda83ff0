package io.statusdashboard.web.platform.database;

import io.statusdashboard.web.DataFiles;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the datasource settings {@value #URL} and {@value #DATA_SOURCE_CLASS} from
 * {@code SDB_DATABASE_URI} (a system property or an environment variable, system property first):
 * {@link ConfiguredDataSource} opens what {@link #settings()} says, and as a MicroProfile Config
 * source it lets the application's own configuration name another data source class above it.
 *
 * <p>A JDBC URL given directly ({@code SDB_DATASOURCE_URL}, as on an application server) goes
 * through the same translation, so an H2 URL gets the settings the schema needs (an administrator
 * cannot know them); an explicit {@code SDB_DATASOURCE_CLASS} is kept as given. This source
 * therefore ranks above system properties and the environment, which it reads itself.
 */
public class DatabaseConfigSource implements ConfigSource {

    public static final String DATABASE_URI = "SDB_DATABASE_URI";
    public static final String URL = "sdb.datasource.url";
    public static final String DATA_SOURCE_CLASS = "sdb.datasource.class";

    /** Above system properties (400) and the environment (300): their datasource URL passes through here. */
    static final int ORDINAL = 450;

    private final UnaryOperator<String> setting;
    private volatile JdbcSettings settings;

    public DatabaseConfigSource() {
        this(name -> System.getProperty(name, System.getenv(name)));
    }

    /** @param setting a setting's value by its name, or null */
    DatabaseConfigSource(UnaryOperator<String> setting) {
        this.setting = setting;
    }

    /** Resolved once, on first use: the environment does not change while the application runs. */
    public JdbcSettings settings() {
        JdbcSettings resolved = settings;
        if (resolved == null) {
            Path dataDirectory = DataFiles.directory(setting);
            String explicitUrl = given(URL);
            resolved = explicitUrl == null
                    ? DatabaseUri.resolve(setting.apply(DATABASE_URI), dataDirectory)
                    : DatabaseUri.resolve(explicitUrl, dataDirectory);
            String explicitClass = given(DATA_SOURCE_CLASS);
            if (explicitClass != null) {
                resolved = new JdbcSettings(resolved.url(), explicitClass);
            }
            settings = resolved;
        }
        return resolved;
    }

    /** A property as MicroProfile Config finds it: by its own name, or as an environment variable. */
    private String given(String property) {
        String value = setting.apply(property);
        if (value == null || value.isBlank()) {
            value = setting.apply(property.replace('.', '_').toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? null : value.strip();
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
        return ORDINAL;
    }
}
