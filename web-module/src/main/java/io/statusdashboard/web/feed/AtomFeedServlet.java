package io.statusdashboard.web.feed;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.web.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code /atom/{region}} and {@code /atom/{region}/{component name}}: the same events as the RSS
 * feed, as Atom (RFC 4287). Unknown regions and components get a plain-text 404.
 */
@WebServlet(urlPatterns = "/atom/*")
public class AtomFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FeedScopes scopes;

    @Inject
    private transient EventQueries events;

    @Inject
    private transient PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FeedScope scope = scopes.fromPath(request, response, "", "Use /atom/REGION or /atom/REGION/SERVICE").orElse(null);
        if (scope == null) {
            return;
        }
        String root = FeedResponses.root(publicUrl, request, response);
        response.setContentType("application/atom+xml");
        response.setCharacterEncoding("UTF-8");
        try (Writer writer = response.getWriter()) {
            new SyndFeedOutput().output(EventFeed.atom(scope.title(), root, root + FeedLinks.atom(scope),
                    Publication.publicOnes(events.newestAffecting(scope.componentIds(), RssFeedServlet.ITEMS))),
                    writer);
        } catch (FeedException e) {
            throw new IOException("cannot write the feed", e);
        }
    }
}
