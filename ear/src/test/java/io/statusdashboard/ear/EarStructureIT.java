package io.statusdashboard.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The EAR a full application server deploys: the dashboard's WAR at context root "/", with both
 * modules, and in lib/ what the server's pool for the application's own datasource loads.
 */
class EarStructureIT {

    private final Path ear = Path.of(System.getProperty("ear.file"));

    @Test
    void deploysTheWebModuleAtTheRootContext() throws Exception {
        try (ZipFile archive = new ZipFile(ear.toFile())) {
            ZipEntry descriptor = archive.getEntry("META-INF/application.xml");
            assertNotNull(descriptor, "META-INF/application.xml");
            Document application;
            try (InputStream in = archive.getInputStream(descriptor)) {
                application = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            }
            assertEquals("status-dashboard.war",
                    application.getElementsByTagName("web-uri").item(0).getTextContent().strip());
            assertEquals("/", application.getElementsByTagName("context-root").item(0).getTextContent().strip());
        }
    }

    @Test
    void theWebModuleCarriesTheCatalogAndIncidentModules() throws Exception {
        try (ZipFile archive = new ZipFile(ear.toFile())) {
            ZipEntry war = archive.getEntry("status-dashboard.war");
            assertNotNull(war, "status-dashboard.war");
            List<String> libraries = libraries(archive.getInputStream(war).readAllBytes());
            assertTrue(libraries.stream().anyMatch(name -> name.startsWith("WEB-INF/lib/catalog-module-")), libraries.toString());
            assertTrue(libraries.stream().anyMatch(name -> name.startsWith("WEB-INF/lib/incident-module-")), libraries.toString());
            assertTrue(libraries.stream().noneMatch(name -> name.contains("jakarta.jakartaee-api")),
                    "the platform API is provided by the server: " + libraries);
        }
    }

    @Test
    void theEarsLibraryHoldsWhatTheDatasourcePoolLoadsAndNotTheModules() throws Exception {
        // A full server creates the application's pool with the EAR's class loader, blind to the WAR.
        try (ZipFile archive = new ZipFile(ear.toFile())) {
            List<String> lib = archive.stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith("lib/") && name.endsWith(".jar")).toList();
            assertTrue(lib.stream().anyMatch(name -> name.contains("web-module") && name.endsWith("-database.jar")), lib.toString());
            assertTrue(lib.stream().anyMatch(name -> name.contains("postgresql-")), lib.toString());
            assertTrue(lib.stream().anyMatch(name -> name.contains("h2-")), lib.toString());
            assertTrue(lib.stream().noneMatch(name -> name.contains("catalog-module") || name.contains("incident-module")),
                    "the modules and their beans stay in the WAR: " + lib);
        }
    }

    /**
     * The pool's class, loaded as the server loads it: from the EAR's lib/ alone (with the platform
     * APIs the server provides), opening the embedded database with the driver from lib/ too. A
     * class it needs that stayed in the WAR fails here as it would on the server.
     */
    @Test
    void thePoolsClassOpensTheDatabaseFromTheLibraryAlone(@TempDir Path work) throws Exception {
        List<URL> jars = new ArrayList<>();
        try (ZipFile archive = new ZipFile(ear.toFile())) {
            for (ZipEntry entry : archive.stream().filter(entry -> entry.getName().startsWith("lib/")
                    && entry.getName().endsWith(".jar")).toList()) {
                Path jar = work.resolve(Path.of(entry.getName()).getFileName().toString());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, jar);
                }
                jars.add(jar.toUri().toURL());
            }
        }
        // The platform's APIs (MicroProfile Config, javax.sql) from this JVM's class path, as the server provides them.
        ClassLoader platform = ConfigSource.class.getClassLoader();
        // The embedded database in a folder of the test's, whatever the environment running the build says.
        Map<String, String> settings = Map.of("SDB_DATA_DIR", work.resolve("data").toString(), "SDB_DATABASE_URI", "",
                "SDB_DATASOURCE_URL", "", "SDB_DATASOURCE_CLASS", "");
        Map<String, String> previous = new HashMap<>();
        settings.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
        try (URLClassLoader earLibrary = new URLClassLoader(jars.toArray(URL[]::new), new OnlyPlatform(platform))) {
            Class<?> type = Class.forName("io.statusdashboard.web.platform.database.ConfiguredDataSource", true, earLibrary);
            assertEquals(earLibrary, type.getClassLoader());
            DataSource dataSource = (DataSource) type.getConstructor().newInstance();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT 1")) {
                assertTrue(rows.next());
                assertTrue(connection.getMetaData().getURL().startsWith("jdbc:h2:file:"), connection.getMetaData().getURL());
            }
        } finally {
            previous.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
        assertTrue(Files.exists(work.resolve("data/status-dashboard.mv.db")), "the embedded database in SDB_DATA_DIR");
    }

    /** This JVM's class path without our classes and drivers: what a server offers an EAR besides its lib/. */
    private static final class OnlyPlatform extends ClassLoader {

        OnlyPlatform(ClassLoader platform) {
            super(platform);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.statusdashboard.") || name.startsWith("org.h2.") || name.startsWith("org.postgresql.")) {
                throw new ClassNotFoundException(name + " is not the server's");
            }
            return super.loadClass(name, resolve);
        }
    }

    private static List<String> libraries(byte[] war) throws IOException {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(war))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().startsWith("WEB-INF/lib/")) {
                    names.add(entry.getName());
                }
            }
            return names;
        }
    }
}
