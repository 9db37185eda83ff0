package io.statusdashboard.web.feed;

import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.web.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@code /calendar/{region}.ics} and {@code /calendar/{region}/{component name}.ics}: the region's or
 * component's maintenance windows as iCalendar. Unknown regions and components get a plain-text 404.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Enough for every window of the last weeks and the months ahead. */
    static final int WINDOWS = 100;

    @Inject
    private transient FeedScopes scopes;

    @Inject
    private transient EventQueries events;

    @Inject
    private transient PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FeedScope scope = scopes.fromPath(request, response, ".ics", "Use /calendar/REGION.ics or /calendar/REGION/SERVICE.ics").orElse(null);
        if (scope == null) {
            return;
        }
        String root = FeedResponses.root(publicUrl, request, response);
        String calendar = MaintenanceCalendar.of(scope.title(), root, Publication.publicOnes(
                events.newestAffecting(scope.componentIds(), EventType.MAINTENANCE, WINDOWS)),
                LocalDateTime.now(ZoneOffset.UTC));
        response.setContentType("text/calendar");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(calendar);
    }
}
