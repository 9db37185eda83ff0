package io.statusdashboard.web.page.layout;

import io.statusdashboard.web.platform.cache.Representation;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the {@link StaticAssets}: gzip-compressed when the client accepts it, with an entity
 * tag, and cacheable for a year when the URL names what it holds (a WebJar's path carries its
 * version; the pages add {@code ?v=} with the content's version to the dashboard's own files).
 * Any other URL of such a file is served too, but must be revalidated: its content may change
 * with the next release. Anything not found, and other methods, go to the container as before.
 */
public class StaticAssetFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "public, no-cache";

    @Inject
    private transient StaticAssets assets;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean head = "HEAD".equals(request.getMethod());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<StaticAsset> found = head || "GET".equals(request.getMethod()) ? assets.find(path) : Optional.empty();
        if (found.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        StaticAsset asset = found.get();
        boolean gzip = asset.hasGzip() && Representation.acceptsGzip(request.getHeader("Accept-Encoding"));
        response.setHeader("Cache-Control", cacheControl(path, request.getParameter("v"), asset.version()));
        response.setHeader("ETag", asset.entityTag(gzip));
        response.setHeader("Vary", "Accept-Encoding");
        if (Representation.notModified(request.getHeader("If-None-Match"), null,
                Set.of(asset.entityTag(false), asset.entityTag(true)), null)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? asset.gzipBody() : asset.body();
        response.setContentType(asset.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    /** A year for a URL that names its content's version, else a revalidation on every use. */
    static String cacheControl(String path, String requestedVersion, String version) {
        if (path.startsWith("/webjars/") || version.equals(requestedVersion)) {
            return IMMUTABLE;
        }
        return REVALIDATE;
    }
}
