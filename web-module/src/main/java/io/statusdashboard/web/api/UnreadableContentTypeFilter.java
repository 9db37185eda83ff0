package io.statusdashboard.web.api;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers an API request whose Content-Type is not a media type at all ({@code json},
 * {@code a/b/c}) with the API's JSON error. JAX-RS's servlet layer reads that header before any
 * JAX-RS filter or exception mapper runs and answers it with a bare 400, which the servlet
 * container dresses as its HTML error page.
 */
@WebFilter(urlPatterns = "/api/*")
public class UnreadableContentTypeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getContentType();
        if (contentType != null && !isMediaType(contentType)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(Json.createObjectBuilder()
                    .add("message", "The Content-Type header is not a media type; send application/json")
                    .build().toString());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Read by JAX-RS's own parser, so it refuses exactly what JAX-RS would. */
    private static boolean isMediaType(String contentType) {
        try {
            MediaType.valueOf(contentType);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
