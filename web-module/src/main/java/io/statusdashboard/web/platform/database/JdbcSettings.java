package io.statusdashboard.web.platform.database;

/**
 * A JDBC URL and the {@code javax.sql.DataSource} class that opens it.
 *
 * @param url carries the credentials as URL parameters, so one setting describes the database
 */
public record JdbcSettings(String url, String dataSourceClass) {

    /** The URL with any password replaced, for logs. */
    public String redactedUrl() {
        return redact(url);
    }

    /**
     * A database URL or URI with its passwords replaced, for logs and error messages: parameters
     * ({@code password=}, {@code sslpassword=}, H2's {@code ;PASSWORD=}) and user info
     * ({@code scheme://user:password@host}).
     */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("://([^:/@]+):[^@]*@", "://$1:***@");
    }
}
