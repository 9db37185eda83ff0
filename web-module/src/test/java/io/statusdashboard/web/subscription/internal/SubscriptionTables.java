package io.statusdashboard.web.subscription.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/** An in-memory H2 database with the subscription tables as their migrations make them, for tests of their SQL. */
final class SubscriptionTables {

    private SubscriptionTables() {}

    /** Migrates the database {@code name} (kept until dropped) and answers its URL. */
    static String migrate(String name) {
        String url = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration/subscription")
                .table("flyway_history_subscription").load().migrate();
        return url;
    }

    static Connection open(String url) throws SQLException {
        return DriverManager.getConnection(url, "", "");
    }
}
