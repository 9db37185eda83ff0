package io.statusdashboard.web.platform.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Translates {@code SDB_DATABASE_URI} into JDBC settings. It accepts a JDBC URL (PostgreSQL or H2)
 * or the SQLAlchemy form the original dashboard used ({@code postgresql://user:pass@host:port/db}),
 * so an existing installation's setting works unchanged. Unset means the embedded H2 database in a
 * file under the working directory.
 */
public final class DatabaseUri {

    static final String H2_DATA_SOURCE = "org.h2.jdbcx.JdbcDataSource";
    static final String POSTGRESQL_DATA_SOURCE = "org.postgresql.ds.PGSimpleDataSource";
    /** The embedded database's file name (H2 adds {@code .mv.db}) in the data directory. */
    static final String EMBEDDED_DATABASE_FILE = "status-dashboard";

    /** SQLAlchemy spells PostgreSQL several ways; the driver part after '+' does not matter here. */
    private static final Set<String> POSTGRESQL_SCHEMES = Set.of("postgresql", "postgres");

    /**
     * H2 settings the migrations and queries rely on: PostgreSQL's dialect and lower-case names, so
     * one set of SQL scripts serves both databases, and "value" usable as a column name as in the
     * stackmon schema.
     */
    private static final Map<String, String> H2_SETTINGS = orderedMap(
            "MODE", "PostgreSQL",
            "DATABASE_TO_LOWER", "TRUE",
            "DEFAULT_NULL_ORDERING", "HIGH",
            "NON_KEYWORDS", "VALUE");

    private DatabaseUri() {}

    /** The JDBC settings of {@code databaseUri}; none given, an embedded database in {@code dataDirectory}. */
    public static JdbcSettings resolve(String databaseUri, Path dataDirectory) {
        if (databaseUri == null || databaseUri.isBlank()) {
            Path file = dataDirectory.resolve(EMBEDDED_DATABASE_FILE).toAbsolutePath().normalize();
            return new JdbcSettings(withH2Settings("jdbc:h2:file:" + file), H2_DATA_SOURCE);
        }
        String uri = databaseUri.strip();
        String lower = uri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return new JdbcSettings(withH2Settings(uri), H2_DATA_SOURCE);
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return new JdbcSettings(uri, POSTGRESQL_DATA_SOURCE);
        }
        String scheme = lower.contains("://") ? lower.substring(0, lower.indexOf("://")) : "";
        if (POSTGRESQL_SCHEMES.contains(scheme.split("\\+", 2)[0])) {
            return new JdbcSettings(postgresqlJdbcUrl(uri), POSTGRESQL_DATA_SOURCE);
        }
        throw new IllegalArgumentException("SDB_DATABASE_URI: unsupported database '" + redact(uri)
                + "'; use postgresql://user:password@host:port/database, a jdbc:postgresql: URL or a jdbc:h2: URL");
    }

    private static String postgresqlJdbcUrl(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("SDB_DATABASE_URI is not a valid URI: " + redact(uri), e);
        }
        String host = parsed.getHost();
        String database = parsed.getPath() == null ? "" : parsed.getPath().replaceFirst("^/", "");
        if (host == null || database.isEmpty()) {
            throw new IllegalArgumentException(
                    "SDB_DATABASE_URI needs a host and a database name: " + redact(uri));
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(host);
        if (parsed.getPort() != -1) {
            jdbc.append(':').append(parsed.getPort());
        }
        jdbc.append('/').append(database);

        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        String userInfo = parsed.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            String[] credentials = userInfo.split(":", 2);
            parameters.add("user=" + reencode(credentials[0]));
            if (credentials.length == 2) {
                parameters.add("password=" + reencode(credentials[1]));
            }
        }
        if (parsed.getRawQuery() != null && !parsed.getRawQuery().isEmpty()) {
            parameters.add(parsed.getRawQuery());
        }
        return jdbc.append(parameters).toString();
    }

    /**
     * Userinfo is percent-encoded, where '+' is a plain plus; the JDBC URL wants query-parameter
     * encoding, which pgjdbc decodes with '+' meaning a space.
     */
    private static String reencode(String raw) {
        String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        return URLEncoder.encode(decoded, StandardCharsets.UTF_8);
    }

    private static String withH2Settings(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder result = new StringBuilder(url);
        H2_SETTINGS.forEach((key, value) -> {
            if (!upper.contains(";" + key + "=")) {
                result.append(';').append(key).append('=').append(value);
            }
        });
        return result.toString();
    }

    private static String redact(String uri) {
        return JdbcSettings.redact(uri);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
