package io.statusdashboard.web.it;

import java.io.File;
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

    public static WebArchive dashboard(Map<String, String> configuration) {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
        if (!configuration.isEmpty()) {
            String properties = new TreeMap<>(configuration).entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue().replace("\\", "\\\\"))
                    .collect(Collectors.joining("\n", "", "\n"));
            war.addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties");
        }
        return war;
    }
}
