package io.statusdashboard.web.platform.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a request body over {@value #LIMIT} bytes to a page with the 413 page. Past its own limit
 * (2 MB) the HTTP listener refuses to read form fields by throwing, which would be a 500; the
 * dashboard's forms are a few KiB. The API keeps its own, smaller limit and JSON answer.
 *
 * <p>Mapped in web.xml, before anything reads a parameter.
 */
public class FormSizeLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final long LIMIT = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() <= LIMIT
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        settleParameters(request);
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    /**
     * Lets the listener read, or refuse, the form now. The error page reads parameters too (every
     * Faces page does), and the listener throws only on its first attempt: afterwards the request
     * has just its query parameters.
     */
    private static void settleParameters(HttpServletRequest request) {
        try {
            request.getParameterNames();
        } catch (IllegalStateException refusedByListener) {
            // Over the listener's own limit: the form stays unread, which is what the page needs.
        }
    }
}
