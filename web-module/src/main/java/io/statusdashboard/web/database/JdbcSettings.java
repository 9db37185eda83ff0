package io.statusdashboard.web.database;

/**
 * A JDBC URL and the {@code javax.sql.DataSource} class that opens it.
 *
 * @param url carries the credentials as URL parameters, so one setting describes the database
 */
public record JdbcSettings(String url, String dataSourceClass) {

    /** The URL with any password replaced, for logs. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
