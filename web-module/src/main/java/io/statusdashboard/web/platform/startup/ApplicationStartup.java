package io.statusdashboard.web.platform.startup;

import io.statusdashboard.catalog.api.CatalogFileException;
import io.statusdashboard.catalog.api.CatalogProvisioning;
import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.DatabaseResource;
import io.statusdashboard.catalog.api.ProvisioningResult;
import io.statusdashboard.incident.api.MaintenanceClock;
import io.statusdashboard.web.DashboardSettings;
import io.statusdashboard.web.platform.database.DashboardDatabase;
import io.statusdashboard.web.platform.database.DatabaseConfigSource;
import io.statusdashboard.web.platform.health.SchemaStatus;
import io.statusdashboard.web.platform.metrics.DashboardMetrics;
import io.statusdashboard.web.platform.security.LocalOperatorAccount;
import io.statusdashboard.web.platform.security.MonitoringSecret;
import io.statusdashboard.web.subscription.WebhookSending;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prepares the database before the first request: migrates the schema (before JPA touches it),
 * then provisions the catalog from {@code SDB_CATALOG_FILE}, or the demo catalog on an empty
 * database, and starts the maintenance clock and the webhook sender on the migrated schema.
 *
 * <p>The datasource is defined here, from configuration, so the same WAR runs on the embedded H2
 * file and on PostgreSQL; on an application server whose administrator created a JDBC resource for
 * the dashboard, that resource is used instead (the definition stays, unused). Bean-managed
 * transactions: Flyway commits its own work.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = DashboardDatabase.JNDI_NAME,
        // Opens what SDB_DATABASE_URI says when the pool asks: no ${MPCONFIG=...} here, which a full
        // Payara Server cannot resolve from the WAR's configuration when it creates the pool.
        className = "io.statusdashboard.web.platform.database.ConfiguredDataSource",
        // Constants, not settings: DashboardSettings says why.
        loginTimeout = DashboardSettings.POOL_LOGIN_TIMEOUT_SECONDS,
        initialPoolSize = DashboardSettings.POOL_INITIAL_SIZE,
        minPoolSize = DashboardSettings.POOL_MIN_SIZE,
        maxPoolSize = DashboardSettings.POOL_MAX_SIZE,
        // A restarted database leaves every pooled connection closed: each one is checked as it is
        // handed out (Connection.isValid, which PostgreSQL and H2 both answer), and the first that
        // fails has the pool drop the others, so requests get fresh connections as soon as the
        // database is back instead of failing on dead ones until the pool is restarted. On every
        // hand-out: with validate-atmost-once-period-in-seconds=1 (a round trip saved per hand-out,
        // a tenth of a status-report storm's CPU) a connection checked just before a fail-over was
        // handed out unchecked, and the first reads after it failed (DatabaseFaultsIT).
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
public class ApplicationStartup {

    static final String DEMO_CATALOG = "demo/catalog.yaml";
    /** Long enough for another instance to migrate a large stackmon database. */
    private static final Duration STARTUP_LOCK_WAIT = Duration.ofMinutes(15);

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    @DashboardDatabase
    private DataSource dataSource;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private CatalogProvisioning provisioning;

    @Inject
    private SchemaStatus schemaStatus;

    @Inject
    private MonitoringSecret monitoringSecret;

    @Inject
    private DashboardMetrics metrics;

    @Inject
    private MaintenanceClock maintenanceClock;

    @Inject
    private WebhookSending webhookSender;

    /** Absent when operators sign in through OpenID Connect. */
    @Inject
    private Instance<LocalOperatorAccount> localOperator;

    @Inject
    @ConfigProperty(name = "SDB_CATALOG_FILE")
    private Optional<String> catalogFile;

    @PostConstruct
    void start() {
        LOG.info(() -> "Database: " + DatabaseResource.serverResource()
                .map(name -> "the server's JDBC resource " + name)
                .orElseGet(() -> new DatabaseConfigSource().settings().redactedUrl()));
        // Instances started together: one migrates and provisions, the others then find it done.
        new StartupLock(dataSource, STARTUP_LOCK_WAIT).runExclusively(() -> {
            new SchemaMigration(dataSource, getClass().getClassLoader()).migrate();
            provisionCatalog();
        });
        schemaStatus.markMigrated();
        metrics.register();
        // Loads or generates the monitoring API key now, so a generated key is announced in the start-up log.
        monitoringSecret.prepareAtStartup();
        // Likewise the local operator's password, when there is a local operator.
        localOperator.stream().forEach(LocalOperatorAccount::prepareAtStartup);
        // Its first pass catches up with windows that opened or closed while no instance ran.
        maintenanceClock.start();
        // Sends what the outbox holds, deliveries left waiting by a stop included.
        webhookSender.start();
    }

    private void provisionCatalog() {
        try {
            if (catalogFile.filter(file -> !file.isBlank()).isPresent()) {
                Path file = Path.of(catalogFile.get().strip());
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    report(provisioning.provision(file.toString(), reader));
                }
            } else if (catalog.isEmpty()) {
                LOG.info("Empty catalog and no SDB_CATALOG_FILE: provisioning the demo catalog");
                try (InputStream demo = getClass().getClassLoader().getResourceAsStream(DEMO_CATALOG);
                        Reader reader = new InputStreamReader(demo, StandardCharsets.UTF_8)) {
                    report(provisioning.provision("demo catalog", reader));
                }
            }
        } catch (CatalogFileException e) {
            // The dashboard keeps serving the catalog it has; the broken file changed nothing.
            LOG.severe("Catalog not provisioned, nothing was written: " + e.getMessage());
        } catch (NoSuchFileException e) {
            LOG.severe("Catalog not provisioned: SDB_CATALOG_FILE " + e.getFile() + " does not exist");
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Catalog not provisioned: cannot read SDB_CATALOG_FILE", e);
        }
    }

    private static void report(ProvisioningResult result) {
        LOG.info(() -> String.format("Catalog provisioned: %d components listed, %d added, %d already present",
                result.listed(), result.created(), result.alreadyPresent()));
    }
}
