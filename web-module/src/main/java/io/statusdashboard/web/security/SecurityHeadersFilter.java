package io.statusdashboard.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response gets: a Content-Security-Policy without inline script (the pages need
 * none), no framing, no MIME sniffing, no full URLs in referrers to other sites, and over HTTPS
 * (directly or through a proxy's {@code X-Forwarded-Proto}, which the listener maps to the request
 * scheme) Strict-Transport-Security.
 *
 * <p>Mapped in web.xml, where the order of the filters is fixed, for requests and error pages.
 * The sign-in mechanisms answer some requests before any filter runs: {@link
 * SignInResponses} gives those the same headers.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /**
     * One year, the dashboard's host only: it cannot know whether every other name under its
     * domain serves HTTPS, so {@code includeSubDomains} is left to the proxy in front of it.
     */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(request, response);
        chain.doFilter(request, response);
    }

    static void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
