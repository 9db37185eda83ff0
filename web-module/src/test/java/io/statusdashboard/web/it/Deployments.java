package io.statusdashboard.web.it;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR the build produced, deployed as it is; a test class may add configuration the way an
 * operator sets it (MicroProfile Config).
 */
public final class Deployments {

    private Deployments() {}

    /** The absolute path of a catalog file under src/test/resources/it, for SDB_CATALOG_FILE. */
    public static String testCatalog(String name) {
        return Path.of("src/test/resources/it", name).toAbsolutePath().toString();
    }

    public static WebArchive dashboard(Map<String, String> configuration) {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
        Map<String, String> settings = new TreeMap<>();
        // Tests write rows straight into the database and read pages right after: the response
        // cache checks for such outside changes on every request instead of once a second.
        settings.put("SDB_CACHE_PROBE_INTERVAL_MS", "0");
        // Tests write maintenances straight into the database and check what they find at exact
        // moments (rows, statement counts, cache hits): the maintenance clock makes its start-up
        // pass and then its next at midnight UTC, unless a test class asks for more
        // (MaintenanceClockIT). An hourly pass met a CI run at the full hour and moved a test's
        // maintenance in the middle of a cache sweep.
        settings.put("SDB_CHECKER_INTERVAL_S", "86400");
        settings.putAll(configuration);
        String properties = settings.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "", "\n"));
        war.addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties");
        return war;
    }
}
