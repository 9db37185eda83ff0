package io.statusdashboard.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The EAR a full application server deploys: the dashboard's WAR at context root "/", with both modules. */
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
