package io.statusdashboard.web.page.layout;

import io.statusdashboard.web.Branding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files under {@code /static} and {@code /webjars}, and the stylesheet the branding makes,
 * as {@link StaticAsset}s, and their versioned URLs for the pages ({@code #{assets.url('/static/dashboard.css')}}).
 * A WAR's files do not change while it runs, so each is read once.
 */
@Named("assets")
@ApplicationScoped
public class StaticAssets {

    /** The stylesheet that carries the configured accent colour; the policy allows no inline style. */
    public static final String BRANDING_STYLESHEET = "/branding.css";

    /** Larger files are left to the container rather than held in memory. */
    private static final int MAX_HELD_BYTES = 4 * 1024 * 1024;

    private static final Map<String, String> TYPES_THE_CONTAINER_MAY_NOT_KNOW = Map.of(
            ".woff2", "font/woff2", ".woff", "font/woff", ".svg", "image/svg+xml", ".ico", "image/x-icon",
            ".map", "application/json");

    @Inject
    private ServletContext servletContext;

    @Inject
    private Branding branding;

    private final Map<String, Optional<StaticAsset>> held = new ConcurrentHashMap<>();

    /** The URL of {@code path} (below the context root) with its content's version, or the plain path when there is no such file. */
    public String url(String path) {
        String base = servletContext.getContextPath() + path;
        return find(path).map(asset -> base + "?v=" + asset.version()).orElse(base);
    }

    /** The asset at {@code path} below the context root, or empty when there is none to serve from memory. */
    public Optional<StaticAsset> find(String path) {
        if (!servable(path)) {
            return Optional.empty();
        }
        return held.computeIfAbsent(path, this::load);
    }

    static boolean servable(String path) {
        return path.equals(BRANDING_STYLESHEET) || path.equals("/favicon.ico")
                || ((path.startsWith("/static/") || path.startsWith("/webjars/"))
                        && path.substring(path.lastIndexOf('/')).contains(".") && !path.contains("..") && !path.contains("//") && !path.contains("\\"));
    }

    private Optional<StaticAsset> load(String path) {
        if (path.equals(BRANDING_STYLESHEET)) {
            String accent = branding.accentColor().map(color -> ":root {\n  --sdb-accent: " + color + ";\n}\n").orElse("");
            return Optional.of(StaticAsset.text("text/css;charset=UTF-8", "/* The configured accent colour. */\n" + accent));
        }
        try (InputStream in = servletContext.getResourceAsStream(path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] body = in.readNBytes(MAX_HELD_BYTES + 1);
            if (body.length > MAX_HELD_BYTES) {
                return Optional.empty();
            }
            return Optional.of(StaticAsset.of(contentType(path), body));
        } catch (IOException e) {
            // A directory, or a file that cannot be read: the container answers it as it would.
            return Optional.empty();
        }
    }

    private String contentType(String path) {
        String known = servletContext.getMimeType(path);
        String type = known != null ? known
                : TYPES_THE_CONTAINER_MAY_NOT_KNOW.entrySet().stream()
                        .filter(entry -> path.endsWith(entry.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse("application/octet-stream");
        boolean text = type.startsWith("text/") || type.contains("javascript");
        return text && !type.contains("charset") ? type + ";charset=UTF-8" : type;
    }
}
