package io.statusdashboard.web.feed;

import io.statusdashboard.incident.api.EventQueries;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@code /badge/{region}.svg} and {@code /badge/{region}/{component name}.svg}: the current status as
 * an SVG badge. It holds no link, so it is cached whatever {@code SDB_PUBLIC_URL} says.
 */
@WebServlet(urlPatterns = "/badge/*")
public class BadgeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FeedScopes scopes;

    @Inject
    private transient EventQueries events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FeedScope scope = scopes.fromPath(request, response, ".svg", "Use /badge/REGION.svg or /badge/REGION/SERVICE.svg").orElse(null);
        if (scope == null) {
            return;
        }
        String label = scope.component() == null ? scope.region() : scope.component();
        String svg = StatusBadge.svg(label, StatusBadge.statusOf(scope.componentIds(),
                Publication.publicOnes(events.current(LocalDateTime.now(ZoneOffset.UTC)))));
        response.setContentType("image/svg+xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(svg);
    }
}
