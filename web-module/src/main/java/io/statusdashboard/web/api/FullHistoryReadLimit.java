package io.statusdashboard.web.api;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets at most {@value #AT_ONCE} reads of the whole history (API v1's {@code incidents}, and
 * {@code component_status} but for the lookup of one component by name and attribute: a name
 * prefix alone may match most of the catalog; API v2's {@code /v2/incidents}, which has no pages)
 * render at once on an instance; the others wait their
 * turn, up to {@link #LONGEST_WAIT}, and are then answered 503 with a {@code Retry-After}. With
 * {@value #MOST_WAITING} already waiting, a further one is answered so at once: waiting requests
 * hold the server's request threads, which the health probes need too.
 *
 * <p>Each such read holds its answer in memory, tens of MB on a large installation, until it is
 * written. Too many at once (signed-in readers, whom the cache does not serve, or lists by name
 * prefix, one cache entry each) ran the heap out, and an OutOfMemoryError stops the data grid the
 * whole instance relies on. Mapped behind the response cache: the cache's hits take no permit, a
 * burst of visitors missing the same list at once waits there for the one of them that renders
 * it (before this order, the burst filled the permits and the waiting room, and most of it was
 * answered 503), and a 503 given to a visitor is replaced by the last good copy the cache has.
 * Released however the request ends.
 */
public class FullHistoryReadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int AT_ONCE = 3;
    static final int MOST_WAITING = 6;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    static final String RETRY_AFTER_SECONDS = "10";

    private final transient Semaphore permits;
    private final Duration longestWait;

    public FullHistoryReadLimit() {
        this(AT_ONCE, LONGEST_WAIT);
    }

    FullHistoryReadLimit(int atOnce, Duration longestWait) {
        this.permits = new Semaphore(atOnce, true);
        this.longestWait = longestWait;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!readsWholeHistory(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean permitted;
        try {
            permitted = permits.tryAcquire()
                    || (permits.getQueueLength() < MOST_WAITING
                            && permits.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            permitted = false;
        }
        if (!permitted) {
            busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** How many wait for a permit now. */
    int waiting() {
        return permits.getQueueLength();
    }

    /**
     * A GET or HEAD of an incident list without pages, or of the component list but for one
     * component's lookup.
     * The path as JAX-RS matches it: decoded, without path parameters, a trailing slash ignored.
     */
    static boolean readsWholeHistory(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.equals("/api/v1/incidents") || path.equals("/v2/incidents")) {
            return true;
        }
        return path.equals("/api/v1/component_status")
                && (request.getParameter("attribute_name") == null || request.getParameter("attribute_value") == null);
    }

    /** Each API's own error body: API v2's is status-dashboard-v3's {@code errMsg}. */
    private static void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String tooMany = "Too many long lists are being read right now; try again in " + RETRY_AFTER_SECONDS + " s";
        response.getWriter().write(("/v2".equals(request.getServletPath())
                ? Json.createObjectBuilder().add("errMsg", tooMany + ", or read /v2/events, a page at a time")
                : Json.createObjectBuilder().add("message", tooMany
                        + ", or look up one component with name, attribute_name and attribute_value"))
                .build().toString());
    }
}
