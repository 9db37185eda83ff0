package io.statusdashboard.web.platform.cache;

import io.statusdashboard.web.platform.language.RequestLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a visitor's read from the {@link ResponseCache} when a copy is stored: the whole of what
 * a cached hit does, with the headers every response gets, and nothing that needs the request to
 * have gone through the servlet container's pipeline. So the same answer is given by the
 * {@link ResponseCacheFilter} and, earlier, by the {@link EarlyHitValve} before the container
 * authenticates the request and builds its filter chain.
 */
@ApplicationScoped
public class CachedHits {

    /** How long a shared cache may go on serving a response while it fetches a fresh one. */
    static final long STALE_WHILE_REVALIDATE_SECONDS = 30;

    @Inject
    private ResponseCache cache;

    @Inject
    private PersonalRequests personal;

    @Inject
    private EveryResponseHeaders headers;

    /** What the cache makes of a request, found once and acted on by the valve or the filter. */
    sealed interface Lookup {
        /** Not a cached read (cache off, not GET or HEAD, not a cached path), or not to be answered yet. */
        record PassOn() implements Lookup {
        }

        /** Answered for one person: never from, nor into, the shared cache. */
        record Personal() implements Lookup {
        }

        /**
         * A shared read: its key, the generation and time it was looked up at, and the stored copy
         * of that generation if there is one.
         */
        record Shared(String key, String generation, Instant now, Optional<CachedResponse> stored) implements Lookup {
        }
    }

    private static final Lookup PASS_ON = new Lookup.PassOn();
    private static final Lookup PERSONAL = new Lookup.Personal();

    /**
     * Sends the stored response when the request is an anonymous GET or HEAD of a cached read and
     * a copy of the current generation is stored; true when it did (the response is then complete).
     * For a request that has not entered the application: the database cannot be used there (no component context, so no
     * persistence unit), so when the probe for outside changes is due the request is passed on,
     * to probe in the application, instead of being answered.
     */
    public boolean answerBeforeApplication(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, lookUp(request, false));
    }

    /** Sends the stored copy the lookup found, if any; true when it did. */
    boolean answer(HttpServletRequest request, HttpServletResponse response, Lookup lookup) throws IOException {
        if (!(lookup instanceof Lookup.Shared shared) || shared.stored().isEmpty()) {
            return false;
        }
        headers.addTo(request, response);
        sendFresh(request, response, shared.stored().get(), "hit");
        return true;
    }

    /**
     * Finds what the cache holds for the request: one key, one personal check, one grid read.
     *
     * @param inApplication false before the request has entered the application (the valve): then
     *     a request with a server-held session, or one arriving when the outside-change probe is
     *     due, is passed on to go the whole way
     */
    Lookup lookUp(HttpServletRequest request, boolean inApplication) {
        String method = request.getMethod();
        if (!cache.enabled() || !("GET".equals(method) || "HEAD".equals(method))) {
            return PASS_ON;
        }
        // Before the application, whoever has a session the server holds goes the whole way: the
        // server has not authenticated the request yet, and right after a sign-in only that step
        // marks the session as an operator's. Visitors have none (public reads never start one).
        if (!inApplication && request.getSession(false) != null) {
            return PASS_ON;
        }
        String path = pathOf(request);
        // The same resolution the page's view will use (RequestLanguage remembers it on the request).
        Optional<String> key = CacheKeys.of(path, request.getQueryString(), RequestLanguage.of(request).toLanguageTag());
        if (key.isEmpty()) {
            return PASS_ON;
        }
        if (personal.isPersonal(request, path)) {
            return inApplication ? PERSONAL : PASS_ON;
        }
        Instant now = Instant.now();
        if (inApplication) {
            cache.noticeOutsideChanges(now);
        } else if (cache.outsideChangeProbeDue(now)) {
            return PASS_ON;
        }
        String generation = cache.generation();
        return new Lookup.Shared(key.get(), generation, now, cache.find(generation, key.get(), now));
    }

    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Sends a copy that may be reused for {@code max-age}, as a hit or a fresh render. */
    void sendFresh(HttpServletRequest request, HttpServletResponse response, CachedResponse cached, String outcome)
            throws IOException {
        send(request, response, cached, outcome, "public, max-age=" + cache.maxAgeSeconds()
                + ", stale-while-revalidate=" + STALE_WHILE_REVALIDATE_SECONDS
                + ", stale-if-error=" + ResponseCache.STALE_IF_ERROR_SECONDS);
    }

    static void send(HttpServletRequest request, HttpServletResponse response, CachedResponse cached,
            String outcome, String cacheControl) throws IOException {
        boolean byLanguage = CacheKeys.speaksLanguage(pathOf(request));
        boolean gzip = Representation.acceptsGzip(request.getHeader("Accept-Encoding"));
        String entityTag = cached.entityTag(gzip);
        response.setHeader("ETag", entityTag);
        response.setHeader("Last-Modified", Representation.httpDate(cached.rendered()));
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", byLanguage ? "Accept-Encoding, Accept-Language" : "Accept-Encoding");
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
