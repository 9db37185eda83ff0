package io.statusdashboard.web.cache;

import io.statusdashboard.web.security.OperatorSession;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers anonymous GETs of the public read paths from the {@link ResponseCache}, renders and
 * stores them on a miss, and adds the HTTP validators and {@code Cache-Control} that let browsers,
 * reverse proxies and CDNs reuse them.
 *
 * <p>Signed-in operators always get a live response, marked private; anyone else, whatever
 * cookie or monitoring token they send, is a visitor and gets the shared one. Only responses
 * rendered for a request without a session are stored. Mapped in web.xml after the security
 * headers and the session rotation, so cached responses carry those headers too, the sign-in mark
 * is on the session before it is read here, and the event-page forward happens behind the cache.
 */
public class ResponseCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** How long a shared cache may go on serving a response while it fetches a fresh one. */
    private static final long STALE_WHILE_REVALIDATE_SECONDS = 30;
    /** A status page that is down is better served stale than not at all. */
    private static final long STALE_IF_ERROR_SECONDS = 86_400;

    /** A waiting request renders on its own after this long: a slow render must not hold everyone. */
    private static final long RENDER_WAIT_SECONDS = 10;

    @Inject
    private transient ResponseCache cache;

    private final transient ConcurrentHashMap<String, CompletableFuture<CachedResponse>> rendering =
            new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean head = "HEAD".equals(request.getMethod());
        if (!cache.enabled() || !(head || "GET".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> key = CacheKeys.of(request.getRequestURI().substring(request.getContextPath().length()),
                request.getQueryString());
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (OperatorSession.isSignedIn(request)) {
            response.setHeader("Cache-Control", "private, no-cache");
            chain.doFilter(request, response);
            return;
        }
        Instant now = Instant.now();
        cache.noticeOutsideChanges(now);
        String generation = cache.generation();
        Optional<CachedResponse> hit = cache.find(generation, key.get(), now);
        if (hit.isPresent()) {
            send(request, response, hit.get(), "hit");
            return;
        }
        if (head) {
            chain.doFilter(request, response);
            return;
        }
        // Right after a change every visitor misses at once: one request renders, the others wait for it.
        String entry = ResponseCache.entryKey(generation, key.get());
        CompletableFuture<CachedResponse> mine = new CompletableFuture<>();
        CompletableFuture<CachedResponse> leader = rendering.putIfAbsent(entry, mine);
        if (leader != null) {
            CachedResponse shared = awaitRendering(leader);
            if (shared != null) {
                send(request, response, shared, "hit");
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        CachedResponse rendered = null;
        ResponseCapture capture = new ResponseCapture(response);
        try {
            chain.doFilter(request, capture);
            // A session (an operator's, or one the sign-in page started) may have shaped the page: not shared.
            if (capture.storable() && request.getSession(false) == null) {
                rendered = CachedResponse.of(HttpServletResponse.SC_OK, capture.getContentType(), capture.body(), now,
                        cache.validUntil(generation, now));
                cache.store(generation, key.get(), rendered);
            }
        } finally {
            // The waiting requests need the response, not this client's download of it: they go first.
            rendering.remove(entry, mine);
            mine.complete(rendered);
        }
        if (rendered != null) {
            send(request, response, rendered, "miss");
        } else {
            capture.sendAsWritten();
        }
    }

    /** The response another request is rendering, or null when it is not shareable or takes too long. */
    private static CachedResponse awaitRendering(CompletableFuture<CachedResponse> leader) {
        try {
            return leader.get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private void send(HttpServletRequest request, HttpServletResponse response, CachedResponse cached, String outcome)
            throws IOException {
        boolean gzip = Representation.acceptsGzip(request.getHeader("Accept-Encoding"));
        String entityTag = cached.entityTag(gzip);
        response.setHeader("ETag", entityTag);
        response.setHeader("Last-Modified", Representation.httpDate(cached.rendered()));
        response.setHeader("Cache-Control", "public, max-age=" + cache.maxAgeSeconds()
                + ", stale-while-revalidate=" + STALE_WHILE_REVALIDATE_SECONDS + ", stale-if-error=" + STALE_IF_ERROR_SECONDS);
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("X-Cache", outcome);
        // Either tag proves the client holds the current content, whichever encoding it stored.
        if (Representation.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"),
                Set.of(cached.entityTag(false), cached.entityTag(true)), cached.rendered())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? cached.gzipBody() : cached.body();
        response.setStatus(cached.status());
        response.setContentType(cached.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
