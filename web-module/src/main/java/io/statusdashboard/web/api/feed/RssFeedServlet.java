package io.statusdashboard.web.api.feed;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.statusdashboard.web.PublicUrl;
import io.statusdashboard.web.Publication;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * {@code /rss/?mt=REGION[&srv=COMPONENT]}: the 10 newest events of a region, or of one component
 * of it. Missing or unknown parameters get a 404 with a short plain-text reason, as the original.
 *
 * <p>Items link to {@link PublicUrl}; without one the feed names the request's address and is
 * never stored (see {@link FeedResponses#root}).
 */
@WebServlet(urlPatterns = {"/rss", "/rss/"})
public class RssFeedServlet extends ScopedFeedServlet {

    private static final long serialVersionUID = 1L;
    static final int ITEMS = 10;

    @Override
    Optional<FeedScope> scope(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String region = request.getParameter("mt");
        String service = request.getParameter("srv");
        if (region == null || region.isBlank()) {
            FeedResponses.notFound(response, service == null
                    ? "Missing the region: use /rss/?mt=REGION or /rss/?mt=REGION&srv=SERVICE"
                    : "A service needs its region: use /rss/?mt=REGION&srv=SERVICE");
            return Optional.empty();
        }
        try {
            return Optional.of(scopes.resolve(region, service));
        } catch (FeedScopes.UnknownScope e) {
            FeedResponses.notFound(response, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    void write(FeedScope scope, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String root = FeedResponses.root(publicUrl, request, response);
        response.setContentType("application/rss+xml");
        response.setCharacterEncoding("UTF-8");
        try (Writer writer = response.getWriter()) {
            new SyndFeedOutput().output(EventFeed.rss(scope.title(), root,
                    Publication.publicOnes(events.newestAffecting(scope.componentIds(), ITEMS))), writer);
        } catch (FeedException e) {
            throw new IOException("cannot write the feed", e);
        }
    }
}
