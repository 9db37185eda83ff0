package io.statusdashboard.web.platform.health;

import io.statusdashboard.web.platform.database.DashboardDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    private static final int TIMEOUT_SECONDS = 2;

    @Inject
    @DashboardDatabase
    private DataSource dataSource;

    @Inject
    private SchemaStatus schema;

    @Override
    public HealthCheckResponse call() {
        boolean answers;
        try (Connection connection = dataSource.getConnection()) {
            answers = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            // The probe's answer is public: the reason goes to the log, for the operator.
            LOG.warning(() -> "Readiness: the database does not answer: " + e);
            answers = false;
        }
        return HealthCheckResponse.named("database")
                .status(answers && schema.isMigrated())
                .withData("answers", answers)
                .withData("migrated", schema.isMigrated())
                .build();
    }
}
