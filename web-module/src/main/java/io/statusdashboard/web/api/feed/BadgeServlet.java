package io.statusdashboard.web.api.feed;

import io.statusdashboard.web.Publication;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * {@code /badge/{region}.svg} and {@code /badge/{region}/{component name}.svg}: the current status as
 * an SVG badge. It holds no link, so it is cached whatever {@code SDB_PUBLIC_URL} says.
 */
@WebServlet(urlPatterns = "/badge/*")
public class BadgeServlet extends ScopedFeedServlet {

    private static final long serialVersionUID = 1L;

    @Override
    Optional<FeedScope> scope(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return scopes.fromPath(request, response, ".svg", "Use /badge/REGION.svg or /badge/REGION/SERVICE.svg");
    }

    @Override
    void write(FeedScope scope, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String label = scope.component() == null ? scope.region() : scope.component();
        String svg = StatusBadge.svg(label, StatusBadge.statusOf(scope.componentIds(),
                Publication.publicOnes(events.current(LocalDateTime.now(ZoneOffset.UTC)))));
        response.setContentType("image/svg+xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(svg);
    }
}
