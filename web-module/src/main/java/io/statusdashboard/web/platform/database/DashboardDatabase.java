package io.statusdashboard.web.platform.database;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.statusdashboard.catalog.api.DatabaseResource;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The dashboard's database, as plain JDBC code injects it ({@code @Inject @DashboardDatabase
 * DataSource}): the application's own datasource, or the administrator's JDBC resource on an
 * application server ({@link DashboardDataSourceProducer}).
 */
@Qualifier
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE})
public @interface DashboardDatabase {

    /** The application's own datasource; the modules' persistence.xml files name it too, as text. */
    String JNDI_NAME = DatabaseResource.OWN_DEFINITION;
}
