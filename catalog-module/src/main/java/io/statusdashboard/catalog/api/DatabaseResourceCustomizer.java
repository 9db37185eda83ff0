package io.statusdashboard.catalog.api;

import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Points a persistence unit at the administrator's JDBC resource when there is one
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
}
