package io.statusdashboard.catalog.api;

import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Which datasource every module works with. By default the one the application defines for itself
 * from {@code SDB_DATABASE_URI} ({@value #OWN_DEFINITION}). On an application server whose
 * administrator created a JDBC resource for the dashboard, the persistence units, Flyway and the
 * plain JDBC code all use that resource and its pool instead: the one {@value #SETTING} names, or
 * {@value #CONVENTIONAL_NAME} when it exists and no database of the dashboard's own is configured
 * ({@code SDB_DATABASE_URI}, {@code SDB_DATASOURCE_URL}).
 *
 * <p>Lives in the catalog's api because both modules' persistence units need it
 * ({@link DatabaseResourceCustomizer}) and the incident module sees only this api. Read from system
 * properties and the environment (system property first), not through MicroProfile Config: the
 * persistence units ask before the application's configuration is available to them.
 */
public final class DatabaseResource {

    /** The setting naming the server's JDBC resource, such as {@code jdbc/statusDashboard}. */
    public static final String SETTING = "SDB_DATASOURCE_JNDI";

    /** The resource used without any setting when an administrator created it. */
    public static final String CONVENTIONAL_NAME = "jdbc/statusDashboard";

    /** The datasource the application defines for itself (the persistence units' jta-data-source). */
    public static final String OWN_DEFINITION = "java:app/jdbc/dashboard";

    /** Settings that configure a database of the dashboard's own, which then wins over the convention. */
    private static final String[] OWN_DATABASE_SETTINGS = {"SDB_DATABASE_URI", "SDB_DATASOURCE_URL", "sdb.datasource.url"};

    private static final Logger LOG = Logger.getLogger(DatabaseResource.class.getName());

    private DatabaseResource() {}

    /** The administrator's JDBC resource, when there is one for the dashboard. */
    public static Optional<String> serverResource() {
        return serverResource(name -> System.getProperty(name, System.getenv(name)), DatabaseResource::bound);
    }

    /**
     * @param setting a setting's value by its name, or null
     * @param bound whether a JNDI name resolves on this server
     */
    static Optional<String> serverResource(UnaryOperator<String> setting, Predicate<String> bound) {
        Optional<String> named = given(setting, SETTING);
        if (named.isPresent()) {
            return named;
        }
        boolean ownDatabase = Stream.of(OWN_DATABASE_SETTINGS).anyMatch(name -> given(setting, name).isPresent());
        return !ownDatabase && bound.test(CONVENTIONAL_NAME) ? Optional.of(CONVENTIONAL_NAME) : Optional.empty();
    }

    /**
     * The resource as the server hands it to a persistence unit: its connections join the thread's
     * JTA transaction whoever began it. A plain JNDI lookup returns the variant meant for a
     * component's own references, which joins only the transactions the component's container
     * began: a {@code @Transactional} bean's writes then ran in auto-commit, one statement at a
     * time (GlassFish's ResourceManagerImpl reads the transaction from the component invocation).
     * Falls back to the plain lookup on a server without GlassFish's connector runtime.
     */
    public static DataSource lookup(String jndiName) throws NamingException {
        try {
            Class<?> globals = Class.forName("org.glassfish.internal.api.Globals");
            Object locator = globals.getMethod("getDefaultHabitat").invoke(null);
            ClassLoader serverLoader = locator.getClass().getClassLoader();
            Class<?> locatorType = Class.forName("org.glassfish.hk2.api.ServiceLocator", false, serverLoader);
            Class<?> runtimeType = Class.forName("com.sun.appserv.connectors.internal.api.ConnectorRuntime", false, serverLoader);
            Object runtime = locatorType.getMethod("getService", Class.class, Annotation[].class)
                    .invoke(locator, runtimeType, new Annotation[0]);
            return (DataSource) runtimeType.getMethod("lookupPMResource", String.class, boolean.class)
                    .invoke(runtime, jndiName, true);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException notGlassFish) {
            LOG.warning(() -> "The server's connector runtime did not hand out " + jndiName + " (" + notGlassFish
                    + "); using its plain JNDI entry, whose connections may not join transactions begun by beans");
            return (DataSource) new InitialContext().lookup(jndiName);
        }
    }

    private static Optional<String> given(UnaryOperator<String> setting, String name) {
        return Optional.ofNullable(setting.apply(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static boolean bound(String jndiName) {
        try {
            new InitialContext().lookup(jndiName);
            return true;
        } catch (NamingException absent) {
            return false;
        }
    }
}
