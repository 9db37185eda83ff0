package io.statusdashboard.web.page.visitor;

import io.statusdashboard.web.EventLinks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;

/**
 * Serves the original's event URLs, {@code /incidents/{id}}, with the event view. Other paths under
 * {@code /incidents/} (such as the operators' {@code /incidents/new}) go their own way.
 *
 * <p>Mapped in web.xml, where the order of the filters is fixed.
 */
public class IncidentPathFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String EVENT_ID = "io.statusdashboard.eventId";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher path = EventLinks.PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (path.matches()) {
            request.setAttribute(EVENT_ID, Long.valueOf(path.group(1)));
            // Forwarded to the extensionless view: FacesViews would redirect a forward to /incident.xhtml.
            request.getRequestDispatcher("/incident").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
