package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every public page and API read (v1 and v2) costs the same number of SQL statements whatever the size of the
 * catalog and the history, and a read of some components reads only their rows: counted at the
 * JDBC level, with the response cache off (a session cookie no longer bypasses it unless its
 * operator signed in), before and after the database grows by a few hundred components and events.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    private static final TestDatabase DATABASE = new TestDatabase();
    /** Every statement a read may cost, the outside-change probe's two included. */
    private static final int MOST_STATEMENTS_PER_READ = 10;

    private final HttpClient http = HttpClient.newHttpClient();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of(
                        "SDB_CATALOG_FILE", Deployments.testCatalog("catalog.yaml"),
                        // Every read reaches the database.
                        "SDB_CACHE_DEFAULT_TIMEOUT", "0",
                        // Above the dashboard's own source of sdb.datasource.*, so the counting one is used.
                        "config_ordinal", "500",
                        "sdb.datasource.class", CountingDataSource.class.getName()))
                .addClasses(CountingDataSource.class, StatementCountServlet.class);
    }

    @Test
    void publicReadsCostAFixedNumberOfStatementsWhateverTheDataSize() throws Exception {
        // Something for every read to show from the start: reads skip the fetches of empty results.
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int ecs = DATABASE.componentId("Elastic Cloud Server", "EU-DE");
        long event = DATABASE.insertEvent("Open outage", 3, "incident", false, now.minusHours(1), null, ecs);
        long closed = DATABASE.insertEvent("Closed outage", 3, "incident", false, now.minusHours(3), now.minusHours(2), ecs);
        for (long id : new long[] {event, closed}) {
            DATABASE.insertUpdate(id, now.minusMinutes(30), "Looking", "analyzing");
        }
        List<String> reads = List.of("/", "/?region=EU-NL", "/availability", "/history", "/incidents/" + event,
                "/rss/?mt=EU-DE", "/api/v1/component_status", "/api/v1/incidents",
                "/v2/components", "/v2/components/" + ecs, "/v2/events", "/v2/events?type=incident&impact=3&limit=10",
                "/v2/events?active=true&status=analysing&components=" + ecs, "/v2/events/" + event, "/v2/incidents",
                "/v2/incidents?system=false", "/v2/availability");
        Map<String, Long> small = statementsPerRead(reads);

        grow(200, 400);
        Map<String, Long> large = statementsPerRead(reads);

        assertEquals(small, large, "statements per read, before and after adding 200 components and 400 events");
        small.forEach((read, statements) -> assertTrue(statements > 0 && statements <= MOST_STATEMENTS_PER_READ,
                read + " costs " + statements + " statements"));
    }

    @Test
    void apiLookupsOfSomeComponentsReadOnlyTheirRowsWhateverElseTheDatabaseHolds() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (String region : List.of("EU-DE", "EU-NL")) {
            long event = DATABASE.insertEvent("Lookup outage " + region, 3, "incident", false, now.minusHours(1), null,
                    DATABASE.componentId("Elastic Cloud Server", region));
            DATABASE.insertUpdate(event, now.minusMinutes(30), "Looking", "analyzing");
        }
        String everything = "/api/v1/component_status";
        List<String> lookups = List.of("/api/v1/component_status?name=Elastic",
                "/api/v1/component_status?name=Elastic%20Cloud%20Server&attribute_name=region&attribute_value=EU-NL");
        Map<String, Cost> small = costPerRead(Stream.concat(lookups.stream(), Stream.of(everything)).toList());

        grow(200, 400);
        Map<String, Cost> large = costPerRead(Stream.concat(lookups.stream(), Stream.of(everything)).toList());

        assertTrue(large.get(everything).rows() > small.get(everything).rows() + 400,
                "reading everything reads the new rows: " + small.get(everything) + " then " + large.get(everything));
        for (String lookup : lookups) {
            assertEquals(small.get(lookup), large.get(lookup),
                    lookup + ": statements and rows, before and after adding 200 components and 400 events");
            assertTrue(large.get(lookup).statements() <= MOST_STATEMENTS_PER_READ, lookup + " " + large.get(lookup));
            assertTrue(large.get(lookup).rows() < small.get(everything).rows(), lookup + " " + large.get(lookup));
        }
    }

    /** What one read cost the database. */
    private record Cost(long statements, long rows) {}

    private Map<String, Cost> costPerRead(List<String> reads) throws Exception {
        Map<String, Cost> costs = new LinkedHashMap<>();
        for (String read : reads) {
            get(read); // a first read may prepare what later ones reuse
            long rows = rowsRead();
            long statements = executed();
            HttpResponse<String> response = get(read);
            assertEquals(200, response.statusCode(), read);
            statements = executed() - statements;
            costs.put(read, new Cost(statements, rowsRead() - rows));
        }
        return costs;
    }

    private Map<String, Long> statementsPerRead(List<String> reads) throws Exception {
        Map<String, Long> statements = new LinkedHashMap<>();
        for (String read : reads) {
            get(read); // a first read may prepare what later ones reuse
            long before = executed();
            HttpResponse<String> response = get(read);
            assertEquals(200, response.statusCode(), read);
            statements.put(read, executed() - before);
        }
        return statements;
    }

    /** Components in new regions and events with updates spread over the last two years. */
    private static void grow(int components, int events) throws SQLException {
        try (Connection connection = DATABASE.open();
                PreparedStatement component = connection.prepareStatement("INSERT INTO component (name) VALUES (?)",
                        new String[] {"id"});
                PreparedStatement attribute = connection.prepareStatement(
                        "INSERT INTO component_attribute (component_id, name, value) VALUES (?, ?, ?)")) {
            int[] ids = new int[components];
            for (int i = 0; i < components; i++) {
                component.setString(1, "Grown Service " + i);
                component.executeUpdate();
                try (var keys = component.getGeneratedKeys()) {
                    keys.next();
                    ids[i] = keys.getInt(1);
                }
                for (String[] pair : new String[][] {{"region", "GROWN-" + (i % 10)}, {"category", "Grown " + (i % 5)}}) {
                    attribute.setInt(1, ids[i]);
                    attribute.setString(2, pair[0]);
                    attribute.setString(3, pair[1]);
                    attribute.executeUpdate();
                }
            }
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            for (int i = 0; i < events; i++) {
                LocalDateTime start = now.minusHours(2L * i + 3);
                long id = DATABASE.insertEvent("Grown event " + i, i % 4, i % 4 == 0 ? "maintenance" : "incident",
                        i % 2 == 0, start, i % 50 == 0 ? null : start.plusHours(1), ids[i % components],
                        ids[(i + 7) % components]);
                DATABASE.insertUpdate(id, start.plusMinutes(5), "Looking into it", "analyzing");
            }
        }
    }

    private long executed() throws Exception {
        return Long.parseLong(get("/it/statements").body().strip());
    }

    private long rowsRead() throws Exception {
        return Long.parseLong(get("/it/rows").body().strip());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
