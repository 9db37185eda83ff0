package io.statusdashboard.web.platform.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

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
    private static final Logger LOG = Logger.getLogger(ResponseCacheFilter.class.getName());
    /** A waiting request renders on its own after this long: a slow render must not hold everyone. */
    private static final long RENDER_WAIT_SECONDS = 10;

    @Inject
    private transient ResponseCache cache;

    @Inject
    private transient CachedHits hits;

    private final transient ConcurrentHashMap<String, CompletableFuture<CachedResponse>> rendering =
            new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CachedHits.Lookup lookup = hits.lookUp(request, true);
        // Most hits are answered by the EarlyHitValve before the request gets here; this one is for
        // a server without it, and for a copy stored since.
        if (hits.answer(request, response, lookup)) {
            return;
        }
        if (lookup instanceof CachedHits.Lookup.Personal) {
            response.setHeader("Cache-Control", "private, no-cache");
        }
        if (!(lookup instanceof CachedHits.Lookup.Shared found) || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String key = found.key();
        String generation = found.generation();
        Instant now = found.now();
        // Right after a change every visitor misses at once: one request renders, the others wait for it.
        String entry = ResponseCache.entryKey(generation, key);
        CompletableFuture<CachedResponse> mine = new CompletableFuture<>();
        CompletableFuture<CachedResponse> leader = rendering.putIfAbsent(entry, mine);
        if (leader != null) {
            CachedResponse shared = awaitRendering(leader);
            if (shared != null) {
                hits.sendFresh(request, response, shared, "hit");
            } else {
                renderUnshared(request, response, chain, key, now);
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
                cache.store(generation, key, rendered);
            }
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!sendLastGood(request, response, capture, key, now, failure)) {
                throw failure;
            }
            return;
        } finally {
            // The waiting requests need the response, not this client's download of it: they go first.
            rendering.remove(entry, mine);
            mine.complete(rendered);
        }
        if (rendered != null) {
            hits.sendFresh(request, response, rendered, "miss");
        } else if (!(isServerError(capture) && sendLastGood(request, response, capture, key, now, null))) {
            capture.sendAsWritten();
        }
    }

    /** A request that waited for another's rendering in vain renders for itself, without storing. */
    private void renderUnshared(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            String key, Instant now) throws IOException, ServletException {
        ResponseCapture capture = new ResponseCapture(response);
        try {
            chain.doFilter(request, capture);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!sendLastGood(request, response, capture, key, now, failure)) {
                throw failure;
            }
            return;
        }
        if (!(isServerError(capture) && sendLastGood(request, response, capture, key, now, null))) {
            capture.sendAsWritten();
        }
    }

    /** The failures a shared cache may answer with a stale copy instead (500, 502, 503, 504). */
    private static boolean isServerError(ResponseCapture capture) {
        int status = capture.getStatus();
        return status == 500 || status == 502 || status == 503 || status == 504;
    }

    /**
     * Answers with the last good copy when rendering failed, typically because the database does
     * not answer: visitors keep seeing the last known status instead of an error. Marked stale and
     * not to be reused without asking again. False when there is none, or the failure has already
     * gone out to the client.
     *
     * @param failure what the rendering threw, logged here since the container will not see it;
     *     null when it answered an error status itself (and logged it)
     */
    private boolean sendLastGood(HttpServletRequest request, HttpServletResponse response, ResponseCapture capture,
            String key, Instant now, Exception failure) throws IOException {
        if (capture.sentDirectly() || response.isCommitted()) {
            return false;
        }
        Optional<CachedResponse> stale = cache.lastGood(key, now);
        if (stale.isEmpty()) {
            return false;
        }
        if (failure != null) {
            LOG.warning(() -> "Rendering " + key + " failed, answered with the copy rendered at "
                    + stale.get().rendered() + ": " + failure);
        }
        response.resetBuffer();
        CachedHits.send(request, response, stale.get(), "stale",
                "public, max-age=0, stale-if-error=" + ResponseCache.STALE_IF_ERROR_SECONDS);
        return true;
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
}
