package io.statusdashboard.web.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The class the application's own datasource definition names. The server's pool creates it and
 * asks it for connections; it opens them with the driver's DataSource that {@code SDB_DATABASE_URI}
 * (or {@code SDB_DATASOURCE_URL}/{@code SDB_DATASOURCE_CLASS}) calls for, H2 settings included.
 *
 * <p>Why not name the driver's class and URL in the definition through {@code ${MPCONFIG=...}}: a
 * full Payara Server creates an application's pool before the WAR's configuration sources exist,
 * so the expressions stay unresolved there. A fixed class name needs no resolution, and the settings
 * are read here, when the pool opens its first connection, the same way on Payara Micro and on a
 * full server.
 *
 * <p>On a full server the pool loads this class with the EAR's class loader, which cannot see the
 * WAR: the EAR therefore also carries it, with the classes it uses and the JDBC drivers, in its
 * {@code lib/} (the web module's {@code database} jar). Keep it free of anything else of the WAR's.
 */
public class ConfiguredDataSource extends AbstractDataSource {

    private final Supplier<JdbcSettings> settings;
    private volatile DataSource target;

    /** Used by the server's pool. */
    public ConfiguredDataSource() {
        this(ConfiguredDataSource::configuredSettings);
    }

    ConfiguredDataSource(Supplier<JdbcSettings> settings) {
        this.settings = settings;
    }

    /**
     * The settings from the system properties and the environment. A data source class named in the
     * application's own MicroProfile Config ({@code sdb.datasource.class} in its
     * microprofile-config.properties, above the dashboard's source) replaces the driver's: the
     * container tests count statements that way. Only the class: where the server hides the WAR's
     * {@link DatabaseConfigSource} (a full server), MicroProfile Config would offer the URL untranslated.
     */
    private static JdbcSettings configuredSettings() {
        JdbcSettings configured = new DatabaseConfigSource().settings();
        return applicationDataSourceClass()
                .filter(name -> !name.equals(configured.dataSourceClass()))
                .map(name -> new JdbcSettings(configured.url(), name))
                .orElse(configured);
    }

    private static Optional<String> applicationDataSourceClass() {
        try {
            return ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader())
                    .getOptionalValue(DatabaseConfigSource.DATA_SOURCE_CLASS, String.class)
                    .map(String::strip).filter(name -> !name.isEmpty());
        } catch (RuntimeException | ServiceConfigurationError noConfigurationHere) {
            return Optional.empty();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    /** The pool passes the definition's empty user and password; the URL carries the credentials. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        if (username == null || username.isEmpty()) {
            return getConnection();
        }
        return target().getConnection(username, password);
    }

    private DataSource target() throws SQLException {
        DataSource resolved = target;
        if (resolved == null) {
            synchronized (this) {
                if (target == null) {
                    DataSource opened = open(resolveSettings());
                    // Set before the first connection: the pool sets its timeout on this object, and a
                    // driver without one waits for a silent database forever (PostgreSQL's default).
                    opened.setLoginTimeout(getLoginTimeout());
                    target = opened;
                }
                resolved = target;
            }
        }
        return resolved;
    }

    private JdbcSettings resolveSettings() throws SQLException {
        try {
            return settings.get();
        } catch (IllegalArgumentException badSetting) {
            // DatabaseUri's messages name the setting and leave out the password.
            throw new SQLException(badSetting.getMessage(), badSetting);
        }
    }

    /** The driver's DataSource for these settings; both drivers' classes take the URL through setURL. */
    static DataSource open(JdbcSettings settings) throws SQLException {
        try {
            Class<?> type = Class.forName(settings.dataSourceClass(), true, ConfiguredDataSource.class.getClassLoader());
            Object dataSource = type.getConstructor().newInstance();
            type.getMethod("setURL", String.class).invoke(dataSource, settings.url());
            return (DataSource) dataSource;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new SQLException("Cannot open " + settings.redactedUrl() + " with " + settings.dataSourceClass()
                    + " (SDB_DATASOURCE_CLASS): " + e, e);
        }
    }

    /** Kept for the driver's DataSource, and passed on to it when it exists already. */
    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        super.setLoginTimeout(seconds);
        DataSource opened = target;
        if (opened != null) {
            opened.setLoginTimeout(seconds);
        }
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
