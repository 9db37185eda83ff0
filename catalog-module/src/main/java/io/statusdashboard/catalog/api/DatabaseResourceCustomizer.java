package io.statusdashboard.catalog.api;

import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Sets how a persistence unit uses its database: it never waits to retry, and it uses the
 * administrator's JDBC resource when there is one.
 *
 * <p>EclipseLink by default runs a read that lost its connection again, up to three times, five
 * seconds apart: during a database restart every request, a visitor's page render too, hung for
 * 10 s and more behind it. Without the retries the request fails at once, so the API answers 503
 * with {@code Retry-After} and a page is served from its last cached copy, and the pool (which
 * validates each connection it hands out) opens fresh connections as soon as the database is back.
 *
 * <p>It points the unit at the administrator's JDBC resource when there is one
 * ({@link DatabaseResource#serverResource()}). A persistence.xml names its datasource once and for
 * all, so the unit keeps naming the application's own definition, and this customizer, which
 * EclipseLink runs before the unit first connects, swaps the connector. Both the transactional
 * connections and the reads outside a transaction (a separate login on the server's
 * non-transactional variant of the datasource) are swapped, or the latter would still open the
 * application's own database.
 *
 * <p>Named by {@code eclipselink.session.customizer} in every module's persistence.xml.
 */
public class DatabaseResourceCustomizer implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabaseResourceCustomizer.class.getName());

    @Override
    public void customize(Session session) throws Exception {
        withoutRetries(session.getLogin());
        if (session instanceof ServerSession server && server.getReadConnectionPool().getLogin() instanceof DatabaseLogin readLogin) {
            withoutRetries(readLogin);
        }
        Optional<String> resource = DatabaseResource.serverResource();
        if (resource.isEmpty()) {
            return;
        }
        DataSource dataSource = DatabaseResource.lookup(resource.get());
        session.getLogin().setConnector(new JNDIConnector(dataSource));
        if (session instanceof ServerSession server
                && server.getReadConnectionPool().getLogin() instanceof DatasourceLogin readLogin) {
            readLogin.setConnector(new JNDIConnector(dataSource));
        }
        LOG.info(() -> "Persistence unit " + session.getName() + " uses the server's JDBC resource " + resource.get());
    }

    private static void withoutRetries(DatabaseLogin login) {
        login.setQueryRetryAttemptCount(0);
    }
}
