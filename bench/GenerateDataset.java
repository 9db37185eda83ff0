import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills an empty database with a large status-dashboard history, in the schema the original Flask
 * dashboard leaves behind, so the dashboard adopts it on its first start as it would a production
 * database. Works on PostgreSQL and on the embedded H2 file (PostgreSQL mode).
 *
 * <pre>
 * java -cp postgresql.jar:h2.jar bench/GenerateDataset.java --url jdbc:postgresql://127.0.0.1:5432/sdb_bench?user=postgres \
 *      [--regions 20] [--categories 5] [--services 10] [--events 50000] [--months 24] [--seed 42]
 * </pre>
 *
 * Components: regions × categories × services (default 1,000). Events: closed incidents (impact 1
 * to 3) and maintenances spread over the months before now, each with one to three services of one
 * region and one to three timeline entries; plus a few open incidents, maintenances in progress and
 * maintenances planned for the coming days, so the pages have a present to show.
 */
public class GenerateDataset {

    private static final String[] STATUSES = {"analyzing", "fixing", "observing", "resolved"};
    private static final String[] CATEGORY_NAMES = {"Compute", "Storage", "Network", "Database", "Security",
        "Containers", "Analytics", "Management", "Application", "Migration"};

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = options(args);
        String url = required(options, "url");
        int regions = Integer.parseInt(options.getOrDefault("regions", "20"));
        int categories = Integer.parseInt(options.getOrDefault("categories", "5"));
        int services = Integer.parseInt(options.getOrDefault("services", "10"));
        int events = Integer.parseInt(options.getOrDefault("events", "50000"));
        int months = Integer.parseInt(options.getOrDefault("months", "24"));
        SplittableRandom random = new SplittableRandom(Long.parseLong(options.getOrDefault("seed", "42")));

        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            createOriginalSchemaIfMissing(connection);
            requireEmpty(connection);
            List<List<Integer>> componentsByRegion = insertComponents(connection, regions, categories, services);
            int inserted = insertEvents(connection, componentsByRegion, services, events, months, random);
            restartSequences(connection);
            connection.commit();
            System.out.printf("%d components (%d regions x %d categories x %d services), %d events in %.1f s%n",
                    regions * categories * services, regions, categories, services, inserted,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** The tables as stackmon/status-dashboard's migrations create them. */
    private static void createOriginalSchemaIfMissing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS component (id SERIAL PRIMARY KEY, name VARCHAR NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS component_attribute (id SERIAL PRIMARY KEY,"
                    + " component_id INTEGER REFERENCES component (id), name VARCHAR, value VARCHAR,"
                    + " CONSTRAINT u_attr_comp UNIQUE (component_id, name))");
            statement.execute("CREATE TABLE IF NOT EXISTS incident (id SERIAL PRIMARY KEY, text VARCHAR NOT NULL,"
                    + " start_date TIMESTAMP NOT NULL, end_date TIMESTAMP, impact SMALLINT NOT NULL,"
                    + " system BOOLEAN NOT NULL DEFAULT FALSE)");
            statement.execute("CREATE TABLE IF NOT EXISTS incident_component_relation (id SERIAL PRIMARY KEY,"
                    + " incident_id INTEGER REFERENCES incident (id), component_id INTEGER REFERENCES component (id))");
            statement.execute("CREATE TABLE IF NOT EXISTS incident_status (id SERIAL PRIMARY KEY,"
                    + " incident_id INTEGER REFERENCES incident (id), \"timestamp\" TIMESTAMP NOT NULL,"
                    + " text VARCHAR NOT NULL, status VARCHAR NOT NULL)");
            // The original's indexes (its Alembic migrations create these).
            statement.execute("CREATE INDEX IF NOT EXISTS ix_component_attribute_component_id ON component_attribute (component_id)");
            statement.execute("CREATE INDEX IF NOT EXISTS inc_comp_rel ON incident_component_relation (incident_id, component_id)");
            statement.execute("CREATE INDEX IF NOT EXISTS ix_incident_status_incident_id ON incident_status (incident_id)");
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM component) + (SELECT COUNT(*) FROM incident)")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("The database already holds components or incidents; use an empty one");
            }
        }
    }

    private static List<List<Integer>> insertComponents(Connection connection, int regions, int categories, int services)
            throws SQLException {
        List<List<Integer>> byRegion = new ArrayList<>();
        int id = 0;
        try (PreparedStatement component = connection.prepareStatement("INSERT INTO component (id, name) VALUES (?, ?)");
                PreparedStatement attribute = connection.prepareStatement(
                        "INSERT INTO component_attribute (component_id, name, value) VALUES (?, ?, ?)")) {
            for (int region = 1; region <= regions; region++) {
                List<Integer> ids = new ArrayList<>();
                for (int category = 0; category < categories; category++) {
                    String categoryName = CATEGORY_NAMES[category % CATEGORY_NAMES.length]
                            + (category >= CATEGORY_NAMES.length ? " " + (category / CATEGORY_NAMES.length + 1) : "");
                    for (int service = 1; service <= services; service++) {
                        id++;
                        ids.add(id);
                        component.setInt(1, id);
                        component.setString(2, categoryName + " Service " + service);
                        component.addBatch();
                        Object[][] attributes = {{"region", String.format("RG-%02d", region)},
                            {"category", categoryName}, {"type", "c" + category + "s" + service}};
                        for (Object[] pair : attributes) {
                            attribute.setInt(1, id);
                            attribute.setString(2, (String) pair[0]);
                            attribute.setString(3, (String) pair[1]);
                            attribute.addBatch();
                        }
                    }
                }
                byRegion.add(ids);
            }
            component.executeBatch();
            attribute.executeBatch();
        }
        return byRegion;
    }

    private static int insertEvents(Connection connection, List<List<Integer>> componentsByRegion, int services,
            int events, int months, SplittableRandom random) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        long historySeconds = ChronoUnit.SECONDS.between(now.minusMonths(months), now.minusHours(1));
        try (PreparedStatement incident = connection.prepareStatement("INSERT INTO incident"
                        + " (id, text, start_date, end_date, impact, system) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement relation = connection.prepareStatement(
                        "INSERT INTO incident_component_relation (incident_id, component_id) VALUES (?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "INSERT INTO incident_status (incident_id, \"timestamp\", text, status) VALUES (?, ?, ?, ?)")) {
            int present = Math.min(events, Math.max(3, componentsByRegion.size()));
            for (int id = 1; id <= events; id++) {
                boolean maintenance = random.nextInt(100) < 20;
                int impact = maintenance ? 0 : 1 + weighted(random);
                LocalDateTime start;
                LocalDateTime end;
                if (id > events - present) {
                    // The present: open incidents, maintenances in progress and planned ones.
                    int kind = (events - id) % 3;
                    maintenance = kind != 0;
                    impact = maintenance ? 0 : impact;
                    start = kind == 2 ? now.plusHours(2 + random.nextInt(72)) : now.minusMinutes(10 + random.nextInt(300));
                    end = kind == 0 ? null : start.plusHours(1 + random.nextInt(6));
                } else {
                    start = now.minusMonths(months).plusSeconds(random.nextLong(historySeconds));
                    end = start.plusMinutes(5 + random.nextInt(maintenance ? 480 : 360));
                }
                List<Integer> region = componentsByRegion.get(random.nextInt(componentsByRegion.size()));
                int first = random.nextInt(region.size());
                int count = 1 + random.nextInt(3);
                incident.setInt(1, id);
                incident.setString(2, (maintenance ? "Planned maintenance " : "Degradation ") + id);
                incident.setTimestamp(3, Timestamp.valueOf(start));
                incident.setTimestamp(4, end == null ? null : Timestamp.valueOf(end));
                incident.setInt(5, impact);
                // Open events are operators' incidents: the monitoring's own ones come from the POST storm.
                incident.setBoolean(6, !maintenance && end != null && random.nextBoolean());
                incident.addBatch();
                for (int i = 0; i < count; i++) {
                    relation.setInt(1, id);
                    relation.setInt(2, region.get((first + i * services) % region.size()));
                    relation.addBatch();
                }
                int updates = maintenance ? 1 : 1 + random.nextInt(3);
                for (int i = 0; i < updates; i++) {
                    boolean last = i == updates - 1 && end != null && !end.isAfter(now);
                    update.setInt(1, id);
                    update.setTimestamp(2, Timestamp.valueOf(start.plusMinutes(i * 5L)));
                    update.setString(3, last ? "The issue is resolved." : "We are looking into it (" + (i + 1) + ").");
                    update.setString(4, last ? "resolved" : STATUSES[Math.min(i, 2)]);
                    update.addBatch();
                }
                if (id % 2000 == 0) {
                    incident.executeBatch();
                    relation.executeBatch();
                    update.executeBatch();
                }
            }
            incident.executeBatch();
            relation.executeBatch();
            update.executeBatch();
        }
        return events;
    }

    /** Minor incidents are the most common, outages the rarest. */
    private static int weighted(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 55 ? 0 : roll < 88 ? 1 : 2;
    }

    /** Ids were given explicitly; new rows written by the dashboard must come after them. */
    private static void restartSequences(Connection connection) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("component", "incident")) {
                long next;
                try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    max.next();
                    next = max.getLong(1);
                }
                statement.execute(postgres
                        ? "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)"
                        : "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
