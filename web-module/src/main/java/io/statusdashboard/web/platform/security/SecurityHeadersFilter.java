package io.statusdashboard.web.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every response the {@link SecurityHeaders}. Mapped in web.xml, where the order of the
 * filters is fixed, for requests and error pages. The sign-in mechanisms answer some requests
 * before any filter runs: {@link SignInResponses} gives those the same headers.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.addTo(request, response);
        chain.doFilter(request, response);
    }
}
