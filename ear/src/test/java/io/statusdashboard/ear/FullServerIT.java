package io.statusdashboard.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.platform.database.DatabaseUri;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The EAR on a full application server, as an enterprise team deploys it: a fresh Payara Server 6
 * domain on its own ports, {@code asadmin deploy}, then the status page, the API and the feed
 * answer. In order, the three ways it finds its database: nothing set (the embedded database under
 * the domain), {@code SDB_DATABASE_URI} as on Payara Micro, and a JDBC resource
 * {@code jdbc/statusDashboard} the administrator created with asadmin; the last two on the
 * PostgreSQL database {@code it.postgresql.uri}, which this test creates when missing and empties.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullServerIT {

    private static final String DOMAIN = "status-dashboard-it";
    /** Admin port 28048, HTTP 28080: clear of the usual 4848/8080. */
    private static final int PORT_BASE = 28000;
    private static final String ADMIN_PORT = String.valueOf(PORT_BASE + 48);
    private static final URI BASE = URI.create("http://localhost:" + (PORT_BASE + 80) + "/");

    private static final Path PAYARA = Path.of(System.getProperty("payara.home"));
    private static final Path EAR = Path.of(System.getProperty("ear.file"));
    private static final Path DOMAIN_DIRECTORY = PAYARA.resolve("glassfish/domains/" + DOMAIN);
    private static final String SECRET = "full-server-it-secret";
    private static final String POSTGRESQL_URI = System.getProperty("it.postgresql.uri");
    /** postgresql://user[:password]@host:port/database, the form the pom gives. */
    private static final Pattern POSTGRESQL_PARTS =
            Pattern.compile("postgresql://([^:@/]+)(?::([^@/]*))?@([^:/@]+):(\\d+)/(\\w+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void deployOnAFreshDomain() throws Exception {
        asadmin("delete-domain", DOMAIN);
        require(asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE), DOMAIN));
        // No database setting at all: the embedded database, wherever the server runs it.
        require(asadmin(Map.of("SDB_SECRET_KEY", SECRET), "start-domain", DOMAIN));
        deploy();
    }

    private static void deploy() throws Exception {
        long started = System.nanoTime();
        Result deployed = asadmin("--port", ADMIN_PORT, "deploy", "--force=true", EAR.toString());
        if (deployed.exitCode() != 0) {
            // The cause is in the server's log, which the domain's deletion afterwards takes with it.
            List<String> causes = serverLog().lines().filter(line -> line.contains("Exception") || line.contains("SEVERE"))
                    .map(line -> line.length() > 400 ? line.substring(0, 400) : line).toList();
            throw new IllegalStateException(deployed.output() + "\nserver.log:\n"
                    + String.join("\n", causes.subList(Math.max(0, causes.size() - 15), causes.size())));
        }
        System.out.printf("Full server: EAR deployed in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    @AfterAll
    static void stopDomain() throws Exception {
        asadmin("stop-domain", DOMAIN);
        asadmin("delete-domain", DOMAIN);
    }

    @Test
    @Order(1)
    void theStatusPageAnswersAtTheRootContextOnTheEmbeddedDatabase() throws Exception {
        HttpResponse<String> page = get("");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("region-switch"), page.body());
        assertTrue(page.body().contains("EU-DE"), "the demo catalog was provisioned");
        // The server's working directory is the domain's config/: the embedded database lives there.
        assertTrue(Files.exists(DOMAIN_DIRECTORY.resolve("config/data/status-dashboard.mv.db")),
                "the embedded database under the domain");
    }

    @Test
    @Order(2)
    void theMonitoringApiAndTheFeedAnswer() throws Exception {
        HttpResponse<String> components = get("api/v1/component_status?name=Elastic");
        assertEquals(200, components.statusCode());
        assertTrue(components.body().startsWith("[") && components.body().contains("\"name\":\"Elastic Cloud Server\""),
                components.body());
        HttpResponse<String> feed = get("rss/?mt=EU-DE");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/rss+xml"));
        assertEquals(404, get("rss/?mt=MARS-1").statusCode());
    }

    @Test
    @Order(3)
    void theMaintenanceClockRunsOnTheServersDefaultScheduledExecutor() throws Exception {
        String log = serverLog();
        assertTrue(log.contains("Maintenance clock started: a pass every 30 s"), "the clock started with its default");
        assertFalse(log.contains("Maintenance clock pass rolled back"), "and its passes work");
    }

    @Test
    @Order(10)
    void sdbDatabaseUriWorksAsOnPayaraMicro() throws Exception {
        emptyPostgreSql();
        // A system property of the server's, as an administrator sets it; colons escaped for asadmin.
        require(asadmin("--port", ADMIN_PORT, "create-system-properties",
                "SDB_DATABASE_URI=" + POSTGRESQL_URI.replace(":", "\\:")));
        try {
            deploy();
            servesAndStoresAReportInPostgreSql();
        } finally {
            asadmin("--port", ADMIN_PORT, "delete-system-property", "SDB_DATABASE_URI");
        }
    }

    @Test
    @Order(20)
    void anAdministratorsJdbcResourceIsUsedWithoutAnySetting() throws Exception {
        emptyPostgreSql();
        asadmin("--port", ADMIN_PORT, "undeploy", "status-dashboard");
        // The server's own pool loads its driver from the domain's lib/, never from an application,
        // and sees it after a restart.
        Path driver = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        require(asadmin("--port", ADMIN_PORT, "add-library", driver.toString()));
        assertTrue(Files.exists(DOMAIN_DIRECTORY.resolve("lib").resolve(driver.getFileName())), "the driver in the domain's lib/");
        require(asadmin("stop-domain", DOMAIN));
        require(asadmin(Map.of("SDB_SECRET_KEY", SECRET), "start-domain", DOMAIN));
        Matcher server = postgreSqlParts();
        // The pool signs in with its user and a password ("No password credential found" without
        // one), kept as a password alias rather than in domain.xml, as the guide shows. The test's
        // PostgreSQL trusts local connections and ignores it unless it.postgresql.uri carries one.
        String password = server.group(2) == null || server.group(2).isEmpty() ? "trusted-locally" : server.group(2);
        Path passwordFile = Files.createTempFile("full-server-it", ".passwords");
        try {
            Files.writeString(passwordFile, "AS_ADMIN_ALIASPASSWORD=" + password + "\n");
            require(asadmin("--port", ADMIN_PORT, "--passwordfile", passwordFile.toString(),
                    "create-password-alias", "status-dashboard-db"));
        } finally {
            Files.delete(passwordFile);
        }
        require(asadmin("--port", ADMIN_PORT, "create-jdbc-connection-pool",
                "--datasourceclassname", "org.postgresql.ds.PGSimpleDataSource", "--restype", "javax.sql.DataSource",
                "--property", "serverName=" + server.group(3) + ":portNumber=" + server.group(4)
                        + ":databaseName=" + server.group(5) + ":user=" + server.group(1)
                        + ":password=${ALIAS=status-dashboard-db}",
                // As the guide has it: the pool recovers by itself after a database restart.
                "--isconnectvalidatereq=true", "--validationmethod=custom-validation",
                "--validationclassname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation", "--failconnection=true",
                "full-server-it-pool"));
        // The pool reaches the database on its own before the application relies on it.
        require(asadmin("--port", ADMIN_PORT, "ping-connection-pool", "full-server-it-pool"));
        require(asadmin("--port", ADMIN_PORT, "create-jdbc-resource",
                "--connectionpoolid", "full-server-it-pool", "jdbc/statusDashboard"));
        deploy();
        servesAndStoresAReportInPostgreSql();
        String log = serverLog();
        assertTrue(log.contains("Database: the server's JDBC resource jdbc/statusDashboard"), "migrations and JDBC took it");
        // EclipseLink names a unit's session after its jar and the unit.
        for (String unit : List.of("catalog", "incident")) {
            assertTrue(Pattern.compile("Persistence unit \\S*" + unit + " uses the server's JDBC resource jdbc/statusDashboard")
                    .matcher(log).find(), "the persistence unit " + unit + " took it");
        }
    }

    /** The page and a status report, and the report's incident in PostgreSQL, not in the embedded database. */
    private static void servesAndStoresAReportInPostgreSql() throws Exception {
        HttpResponse<String> page = get("");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("EU-DE"), "the demo catalog was provisioned");
        HttpResponse<String> report = HTTP.send(HttpRequest.newBuilder(BASE.resolve("api/v1/component_status"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Elastic Cloud Server\",\"impact\":2,\"attributes\":[{\"name\":\"region\",\"value\":\"EU-DE\"}]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, report.statusCode(), report.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(report.body());
        assertTrue(id.find(), report.body());
        try (Connection connection = postgreSql(POSTGRESQL_URI);
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM incident WHERE id = ?")) {
            query.setLong(1, Long.parseLong(id.group(1)));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1), "the report's incident is in PostgreSQL");
            }
        }
    }

    /** The test's database, created on the first run on a server, emptied on every case. */
    private static void emptyPostgreSql() throws SQLException {
        Matcher server = postgreSqlParts();
        String database = server.group(5);
        try (Connection maintenance = postgreSql(POSTGRESQL_URI.substring(0, server.start(5)) + "postgres");
                PreparedStatement exists = maintenance.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery(); Statement create = maintenance.createStatement()) {
                if (!rows.next()) {
                    create.execute("CREATE DATABASE " + database);
                }
            }
        }
        try (Connection connection = postgreSql(POSTGRESQL_URI); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    private static Matcher postgreSqlParts() {
        Matcher parts = POSTGRESQL_PARTS.matcher(POSTGRESQL_URI);
        assertTrue(parts.matches(), "it.postgresql.uri in the form postgresql://user[:password]@host:port/database: "
                + POSTGRESQL_URI.replaceAll(":[^:@/]*@", ":***@"));
        return parts;
    }

    private static Connection postgreSql(String uri) throws SQLException {
        return DriverManager.getConnection(DatabaseUri.resolve(uri, Path.of("")).url());
    }

    /** A monitoring client's token: HS256 over SDB_SECRET_KEY, as the original's clients send it. */
    private static String token() throws GeneralSecurityException {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String input = base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString("{\"stackmon\":\"full-server-it\"}".getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return input + "." + base64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String serverLog() throws IOException {
        return Files.readString(DOMAIN_DIRECTORY.resolve("logs/server.log"));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Result asadmin(String... arguments) throws IOException, InterruptedException {
        return asadmin(Map.of(), arguments);
    }

    private static Result asadmin(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PAYARA.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("asadmin", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        if (!done) {
            process.destroyForcibly();
            return new Result(-1, String.join(" ", command) + " timed out\n" + output);
        }
        return new Result(process.exitValue(), String.join(" ", command) + "\n" + output);
    }

    private static void require(Result result) {
        if (result.exitCode() != 0) {
            throw new IllegalStateException("asadmin failed (" + result.exitCode() + "): " + result.output());
        }
    }

    private record Result(int exitCode, String output) {}
}
