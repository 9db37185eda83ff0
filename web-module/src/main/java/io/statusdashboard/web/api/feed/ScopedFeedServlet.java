package io.statusdashboard.web.api.feed;

import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.web.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A feed of one region, or of one component of it: finds the scope the request names, answers a
 * plain-text 404 when it names none, and otherwise writes that scope's feed.
 */
abstract class ScopedFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FeedScopes scopes;

    @Inject
    transient EventQueries events;

    @Inject
    transient PublicUrl publicUrl;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<FeedScope> scope = scope(request, response);
        if (scope.isPresent()) {
            write(scope.get(), request, response);
        }
    }

    /** The scope the request names, or empty once the 404 that says why is answered. */
    abstract Optional<FeedScope> scope(HttpServletRequest request, HttpServletResponse response) throws IOException;

    abstract void write(FeedScope scope, HttpServletRequest request, HttpServletResponse response) throws IOException;
}
