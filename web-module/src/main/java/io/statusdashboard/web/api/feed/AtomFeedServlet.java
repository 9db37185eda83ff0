package io.statusdashboard.web.api.feed;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.statusdashboard.web.FeedLinks;
import io.statusdashboard.web.Publication;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * {@code /atom/{region}} and {@code /atom/{region}/{component name}}: the same events as the RSS
 * feed, as Atom (RFC 4287). Unknown regions and components get a plain-text 404.
 */
@WebServlet(urlPatterns = "/atom/*")
public class AtomFeedServlet extends ScopedFeedServlet {

    private static final long serialVersionUID = 1L;

    @Override
    Optional<FeedScope> scope(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return scopes.fromPath(request, response, "", "Use /atom/REGION or /atom/REGION/SERVICE");
    }

    @Override
    void write(FeedScope scope, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String root = FeedResponses.root(publicUrl, request, response);
        response.setContentType("application/atom+xml");
        response.setCharacterEncoding("UTF-8");
        try (Writer writer = response.getWriter()) {
            new SyndFeedOutput().output(EventFeed.atom(scope.title(), root, root + FeedLinks.atom(scope.region(), scope.component()),
                    Publication.publicOnes(events.newestAffecting(scope.componentIds(), RssFeedServlet.ITEMS))),
                    writer);
        } catch (FeedException e) {
            throw new IOException("cannot write the feed", e);
        }
    }
}
