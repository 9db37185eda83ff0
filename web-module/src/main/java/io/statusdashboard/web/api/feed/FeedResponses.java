package io.statusdashboard.web.api.feed;

import io.statusdashboard.web.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/** What the feed servlets share: their absolute address, and the plain-text 404 of an unknown feed. */
final class FeedResponses {

    private static final Pattern PORT_AT_END = Pattern.compile(":\\d+$");

    private FeedResponses() {}

    /**
     * {@link PublicUrl}, or, without it, the address the request was sent to (its {@code Host} and
     * scheme, which any client can set): the response is then marked {@code no-store}, so neither the
     * response cache nor a proxy keeps it for the next subscriber.
     */
    static String root(PublicUrl publicUrl, HttpServletRequest request, HttpServletResponse response) {
        return publicUrl.base().orElseGet(() -> {
            response.setHeader("Cache-Control", "no-store");
            return addressOf(request);
        });
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

    static void notFound(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(reason + "\n");
    }
}
