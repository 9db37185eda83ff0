package io.statusdashboard.web.platform.database;

import io.statusdashboard.catalog.api.DatabaseResource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The dashboard's datasource: the administrator's JDBC resource when there is one
 * ({@link DatabaseResource#serverResource()}), else the application's own definition.
 *
 * <p>The own definition is injected rather than looked up: a {@code java:app} name only resolves on
 * threads that carry the application's naming context, and beans are also created on the server's
 * threads (the health checks'). The server's resource has a global name that resolves anywhere, and
 * is chosen at run time, which {@code @Resource(lookup=...)} cannot do.
 */
@ApplicationScoped
public class DashboardDataSourceProducer {

    @Resource(lookup = DashboardDatabase.JNDI_NAME)
    private DataSource own;

    @Produces
    @DashboardDatabase
    DataSource dataSource() throws NamingException {
        Optional<String> serverResource = DatabaseResource.serverResource();
        return serverResource.isPresent() ? DatabaseResource.lookup(serverResource.get()) : own;
    }
}
