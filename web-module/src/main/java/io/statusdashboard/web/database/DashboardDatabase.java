package io.statusdashboard.web.database;

/**
 * The application's one data source, as plain JDBC users look it up; the modules' persistence.xml
 * files name it too, as text.
 */
public final class DashboardDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/dashboard";

    private DashboardDatabase() {}
}
