package io.statusdashboard.web.api.v2;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The CORS headers status-dashboard-v3 puts on every answer, and its empty 204 to any OPTIONS,
 * whatever the path: browser clients written against v3 send their preflights here.
 *
 * <p>Mapped in web.xml before the response cache, so answers from the cache carry the headers too.
 */
public class V2CorsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String ALLOW_HEADERS = "Content-Type, Content-Length, Accept-Encoding, X-CSRF-Token, Authorization,"
            + " accept, origin, Cache-Control, X-Requested-With";
    static final String ALLOW_METHODS = "POST, OPTIONS, GET, PUT, PATCH";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Allow-Credentials", "true");
        response.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
        response.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
        if ("OPTIONS".equals(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
