package io.statusdashboard.web.api.feed;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.web.Publication;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * {@code /calendar/{region}.ics} and {@code /calendar/{region}/{component name}.ics}: the region's or
 * component's maintenance windows as iCalendar. Unknown regions and components get a plain-text 404.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarServlet extends ScopedFeedServlet {

    private static final long serialVersionUID = 1L;
    /** Enough for every window of the last weeks and the months ahead. */
    static final int WINDOWS = 100;

    @Override
    Optional<FeedScope> scope(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return scopes.fromPath(request, response, ".ics", "Use /calendar/REGION.ics or /calendar/REGION/SERVICE.ics");
    }

    @Override
    void write(FeedScope scope, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String root = FeedResponses.root(publicUrl, request, response);
        String calendar = MaintenanceCalendar.of(scope.title(), root, Publication.publicOnes(
                events.newestAffecting(scope.componentIds(), EventType.MAINTENANCE, WINDOWS)),
                LocalDateTime.now(ZoneOffset.UTC));
        response.setContentType("text/calendar");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(calendar);
    }
}
