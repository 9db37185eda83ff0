package io.statusdashboard.web.platform.security;

import io.statusdashboard.web.Branding;
import io.statusdashboard.web.platform.cache.EveryResponseHeaders;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;

/**
 * Headers every response gets: a Content-Security-Policy without inline script or style (the
 * pages need none), no framing, no MIME sniffing, no full URLs in referrers to other sites, and
 * over HTTPS (directly or through a proxy's {@code X-Forwarded-Proto}, which the listener maps to
 * the request scheme) Strict-Transport-Security.
 *
 * <p>Images load from this site only, and from the sites of a configured logo or favicon.
 */
@ApplicationScoped
public class SecurityHeaders implements EveryResponseHeaders {

    /**
     * One year, the dashboard's host only: it cannot know whether every other name under its
     * domain serves HTTPS, so {@code includeSubDomains} is left to the proxy in front of it.
     */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Inject
    private Branding branding;

    private String contentSecurityPolicy;

    @PostConstruct
    void build() {
        contentSecurityPolicy = contentSecurityPolicy(branding.imageOrigins());
    }

    static String contentSecurityPolicy(Collection<String> imageOrigins) {
        String images = imageOrigins.isEmpty() ? "" : " " + String.join(" ", imageOrigins);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + images + ";"
                + " font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Override
    public void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
