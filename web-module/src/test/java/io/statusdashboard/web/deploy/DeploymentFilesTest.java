package io.statusdashboard.web.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files under config/ cannot be applied on the build machine (no container runtime,
 * no cluster), so their wiring is checked here: the manifest's probes reach the health endpoints,
 * ports agree with the image, and the data grid's discovery names the Service that exists.
 */
class DeploymentFilesTest {

    private static final Path CONFIG = Path.of("..", "config");

    @Test
    void kubernetesManifestWiresProbesPortsAndTheDataGrid() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(CONFIG.resolve("kubernetes/status-dashboard.yaml"))) {
            for (Object document : new Yaml().loadAll(reader)) {
                documents.add(map(document));
            }
        }
        Map<String, Object> deployment = kind(documents, "Deployment", "status-dashboard");
        Map<String, Object> container = map(list(map(map(map(deployment.get("spec")).get("template")).get("spec"))
                .get("containers")).get(0));
        assertEquals("/health/ready", map(map(container.get("readinessProbe")).get("httpGet")).get("path"));
        assertEquals("/health/ready", map(map(container.get("startupProbe")).get("httpGet")).get("path"));
        assertEquals("/health/live", map(map(container.get("livenessProbe")).get("httpGet")).get("path"));

        Map<String, Integer> ports = new HashMap<>();
        list(container.get("ports")).forEach(port -> ports.put((String) map(port).get("name"),
                (Integer) map(port).get("containerPort")));
        String image = Files.readString(CONFIG.resolve("Containerfile"));
        assertTrue(image.contains("\"--port\", \"" + ports.get("http") + "\""), "the image listens where the pod says");
        assertTrue(image.contains("SDB_DATA_DIR=/var/lib/status-dashboard"), "the image keeps its data outside its files");

        List<Object> args = list(container.get("args"));
        String discovery = (String) args.get(args.indexOf("--clustermode") + 1);
        assertEquals(String.valueOf(ports.get("grid")), args.get(args.indexOf("--startport") + 1));
        Map<String, Object> grid = kind(documents, "Service", "status-dashboard-grid");
        assertEquals("dns:status-dashboard-grid:" + ports.get("grid"), discovery);
        assertEquals("None", map(grid.get("spec")).get("clusterIP"));

        Map<String, Object> service = kind(documents, "Service", "status-dashboard");
        assertEquals("http", map(list(map(service.get("spec")).get("ports")).get(0)).get("targetPort"));
    }

    @Test
    void theProxySampleSendsTheSchemeTheBundleMapsAndKeepsOperatorsOutOfItsCache() throws IOException {
        String nginx = Files.readString(CONFIG.resolve("nginx/status-dashboard.conf"));
        String preBoot = Files.readString(CONFIG.resolve("payara-micro/pre-boot-commands.asadmin"));
        assertTrue(nginx.contains("proxy_set_header X-Forwarded-Proto $scheme;"));
        assertTrue(preBoot.contains("http.scheme-mapping=X-Forwarded-Proto"));
        assertTrue(nginx.contains("proxy_no_cache $status_dashboard_personal"));
        assertTrue(nginx.contains("proxy_cache_bypass $status_dashboard_personal"));
        assertTrue(nginx.contains("\"~*JSESSIONID=\"   1;"), "the session cookie marks a request as personal");
    }

    @Test
    void theProxySamplePinsThePublicHostAndEverySampleNamesThePublicUrl() throws IOException {
        String nginx = Files.readString(CONFIG.resolve("nginx/status-dashboard.conf"));
        assertTrue(nginx.contains("proxy_set_header Host status.example.com;"), "the Host the dashboard sees is pinned");
        assertFalse(nginx.contains("proxy_set_header Host $host"), "a client's Host never reaches the dashboard");
        assertTrue(nginx.contains("proxy_set_header X-Forwarded-Host \"\";"));
        assertTrue(nginx.contains("SDB_PUBLIC_URL=https://status.example.com"));
        assertTrue(Files.readString(CONFIG.resolve("status-dashboard.env.example"))
                .contains("\nSDB_PUBLIC_URL=https://status.example.com\n"));
        assertTrue(Files.readString(CONFIG.resolve("kubernetes/status-dashboard.yaml")).contains("- name: SDB_PUBLIC_URL"));
    }

    /**
     * The example environment is where an operator starts: it names every setting of the README's
     * configuration table, in the table's order, and no other, as a line of its own (commented out
     * where it shows a default or an example).
     */
    @Test
    void theExampleEnvironmentListsTheReadmesSettingsInItsOrder() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("\n## Configuration\n");
        assertTrue(section >= 0, "README has a Configuration section");
        List<String> documented = new ArrayList<>();
        for (String line : readme.substring(section + 1).split("\n")) {
            if (line.startsWith("## ") && !documented.isEmpty()) {
                break;
            }
            if (line.startsWith("| `SDB_")) {
                Matcher names = Pattern.compile("`(SDB_[A-Z0-9_]+)`").matcher(line.substring(0, line.indexOf('|', 1)));
                while (names.find()) {
                    documented.add(names.group(1));
                }
            }
        }
        List<String> listed = new ArrayList<>();
        Matcher assignments = Pattern.compile("(?m)^(?:# )?(SDB_[A-Z0-9_]+)=")
                .matcher(Files.readString(CONFIG.resolve("status-dashboard.env.example")));
        while (assignments.find()) {
            listed.add(assignments.group(1));
        }
        assertTrue(documented.size() > 30, documented.toString());
        assertEquals(documented, listed);
    }

    private static Map<String, Object> kind(List<Map<String, Object>> documents, String kind, String name) {
        return documents.stream()
                .filter(document -> kind.equals(document.get("kind")) && name.equals(map(document.get("metadata")).get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
