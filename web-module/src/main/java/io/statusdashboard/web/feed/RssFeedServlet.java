package io.statusdashboard.web.feed;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.web.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code /rss/?mt=REGION[&srv=COMPONENT]}: the 10 newest events of a region, or of one component
 * of it. Missing or unknown parameters get a 404 with a short plain-text reason, as the original.
 *
 * <p>Items link to {@link PublicUrl}. Without one, the links name the address this request used
 * (its {@code Host} and scheme, which any client can set), so that feed is marked {@code no-store}:
 * neither the response cache nor a proxy keeps it for the next subscriber.
 */
@WebServlet(urlPatterns = {"/rss", "/rss/"})
public class RssFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int ITEMS = 10;
    private static final Pattern PORT_AT_END = Pattern.compile(":\\d+$");

    @Inject
    private transient CatalogQueries catalog;

    @Inject
    private transient EventQueries events;

    @Inject
    private transient PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String region = request.getParameter("mt");
        String service = request.getParameter("srv");
        if (region == null || region.isBlank()) {
            notFound(response, service == null
                    ? "Missing the region: use /rss/?mt=REGION or /rss/?mt=REGION&srv=SERVICE"
                    : "A service needs its region: use /rss/?mt=REGION&srv=SERVICE");
            return;
        }
        if (!catalog.regions().contains(region)) {
            notFound(response, "Unknown region " + region);
            return;
        }
        Set<Integer> components;
        String title;
        if (service == null) {
            components = catalog.components().stream()
                    .filter(component -> region.equals(component.region()))
                    .map(ComponentView::id)
                    .collect(Collectors.toSet());
            title = region;
        } else {
            Optional<ComponentView> component = catalog.find(service, Map.of(ComponentView.REGION, region));
            if (component.isEmpty()) {
                notFound(response, "Unknown service " + service + " in region " + region);
                return;
            }
            components = Set.of(component.get().id());
            title = service + " (" + region + ")";
        }
        String root = publicUrl.base().orElseGet(() -> {
            response.setHeader("Cache-Control", "no-store");
            return addressOf(request);
        });
        response.setContentType("application/rss+xml");
        response.setCharacterEncoding("UTF-8");
        try (Writer writer = response.getWriter()) {
            new SyndFeedOutput().output(EventFeed.of(title, root,
                    events.newestAffecting(components, ITEMS)), writer);
        } catch (FeedException e) {
            throw new IOException("cannot write the feed", e);
        }
    }

    /**
     * The address the request was sent to. A scheme other than https (the proxy's header passed on)
     * counts as http; the port only when the {@code Host} header names one, since behind a TLS proxy
     * that forwards {@code Host: name} the server's port is the listener's, not the visitor's.
     */
    private static String addressOf(HttpServletRequest request) {
        String scheme = "https".equalsIgnoreCase(request.getScheme()) ? "https" : "http";
        int port = request.getServerPort();
        String host = request.getHeader("Host");
        boolean portNamed = host == null || PORT_AT_END.matcher(host).find();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName() + (portNamed && !defaultPort ? ":" + port : "")
                + request.getContextPath();
    }

    private static void notFound(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(reason + "\n");
    }
}
