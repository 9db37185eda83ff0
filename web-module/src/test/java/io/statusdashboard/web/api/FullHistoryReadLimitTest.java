package io.statusdashboard.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FullHistoryReadLimitTest {

    @Test
    void tellsTheLongListsFromTheLookupOfOneComponent() {
        assertTrue(FullHistoryReadLimit.readsWholeHistory(request("GET", "/v1/component_status")));
        assertTrue(FullHistoryReadLimit.readsWholeHistory(request("HEAD", "/v1/component_status", "name", "")));
        assertTrue(FullHistoryReadLimit.readsWholeHistory(request("GET", "/v1/incidents")));
        // As JAX-RS matches them: a trailing slash is the same resource.
        assertTrue(FullHistoryReadLimit.readsWholeHistory(request("GET", "/v1/incidents/")));
        assertTrue(FullHistoryReadLimit.readsWholeHistory(request("GET", "/v1/component_status//")));
        // A prefix may match most of the catalog.
        assertTrue(FullHistoryReadLimit.readsWholeHistory(request("GET", "/v1/component_status", "name", "E")));
        assertTrue(FullHistoryReadLimit.readsWholeHistory(
                request("GET", "/v1/component_status", "name", "Elastic", "attribute_name", "region")));
        assertFalse(FullHistoryReadLimit.readsWholeHistory(request("GET", "/v1/component_status", "name", "Elastic",
                "attribute_name", "region", "attribute_value", "EU-DE")));
        assertFalse(FullHistoryReadLimit.readsWholeHistory(request("POST", "/v1/component_status")));
        assertFalse(FullHistoryReadLimit.readsWholeHistory(request("GET", "/v1/openapi")));
        // API v2's list without pages; its pages and single events are short.
        assertTrue(FullHistoryReadLimit.readsWholeHistory(requestTo("GET", "/v2", "/incidents")));
        assertTrue(FullHistoryReadLimit.readsWholeHistory(requestTo("GET", "/v2", "/incidents/")));
        assertFalse(FullHistoryReadLimit.readsWholeHistory(requestTo("GET", "/v2", "/incidents/12")));
        assertFalse(FullHistoryReadLimit.readsWholeHistory(requestTo("GET", "/v2", "/events")));
    }

    @Test
    void beyondTheWaitingRoomARequestIsAnsweredAtOnce() throws Exception {
        FullHistoryReadLimit limit = new FullHistoryReadLimit(1, Duration.ofMinutes(5));
        ExecutorService readers = Executors.newFixedThreadPool(FullHistoryReadLimit.MOST_WAITING + 1);
        CountDownLatch leave = new CountDownLatch(1);
        try {
            CountDownLatch inside = new CountDownLatch(1);
            readers.submit(() -> {
                limit.doFilter(request("GET", "/v1/incidents"), new Answer().response(), (req, res) -> {
                    inside.countDown();
                    await(leave);
                });
                return null;
            });
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < FullHistoryReadLimit.MOST_WAITING; i++) {
                readers.submit(() -> {
                    limit.doFilter(request("GET", "/v1/incidents"), new Answer().response(), (req, res) -> { });
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (limit.waiting() < FullHistoryReadLimit.MOST_WAITING) {
                assertTrue(System.nanoTime() < deadline, "the readers queue up");
                Thread.sleep(10);
            }

            Answer refused = new Answer();
            long started = System.nanoTime();
            limit.doFilter(request("GET", "/v1/incidents"), refused.response(), (req, res) -> { });
            assertEquals(503, refused.status);
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5), "answered without waiting its turn");
        } finally {
            leave.countDown();
            readers.shutdown();
            assertTrue(readers.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aReadBeyondTheLimitWaitsThenIsToldToComeBack() throws Exception {
        FullHistoryReadLimit limit = new FullHistoryReadLimit(1, Duration.ofMillis(200));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = first.submit(() -> {
                limit.doFilter(request("GET", "/v1/incidents"), new Answer().response(), (req, res) -> {
                    inside.countDown();
                    await(leave);
                });
                return null;
            });
            assertTrue(inside.await(10, TimeUnit.SECONDS));

            Answer refused = new Answer();
            boolean[] ran = {false};
            limit.doFilter(request("GET", "/v1/component_status"), refused.response(), (req, res) -> ran[0] = true);
            assertFalse(ran[0], "the second full read did not render");
            assertEquals(503, refused.status);
            assertEquals(FullHistoryReadLimit.RETRY_AFTER_SECONDS, refused.headers.get("Retry-After"));
            assertTrue(refused.body.toString().startsWith("{\"message\":\"Too many long lists"), refused.body.toString());

            // API v2 readers get their API's error body.
            Answer refusedV2 = new Answer();
            limit.doFilter(requestTo("GET", "/v2", "/incidents"), refusedV2.response(), (req, res) -> ran[0] = true);
            assertEquals(503, refusedV2.status);
            assertTrue(refusedV2.body.toString().startsWith("{\"errMsg\":\"Too many long lists"), refusedV2.body.toString());

            // The lookup of one component does not queue behind it.
            boolean[] lookedUp = {false};
            limit.doFilter(request("GET", "/v1/component_status", "name", "Elastic", "attribute_name", "region", "attribute_value", "EU-DE"), new Answer().response(),
                    (req, res) -> lookedUp[0] = true);
            assertTrue(lookedUp[0]);

            leave.countDown();
            holding.get(10, TimeUnit.SECONDS);
            boolean[] next = {false};
            limit.doFilter(request("GET", "/v1/incidents"), new Answer().response(), (req, res) -> next[0] = true);
            assertTrue(next[0], "the permit came back when the first read ended");
        } finally {
            leave.countDown();
            first.shutdownNow();
        }
    }

    @Test
    void aReadThatFailsGivesItsPermitBack() throws Exception {
        FullHistoryReadLimit limit = new FullHistoryReadLimit(1, Duration.ofMillis(100));
        FilterChain failing = (req, res) -> {
            throw new ServletException("database gone");
        };
        assertThrows(ServletException.class,
                () -> limit.doFilter(request("GET", "/v1/incidents"), new Answer().response(), failing));
        boolean[] ran = {false};
        limit.doFilter(request("GET", "/v1/incidents"), new Answer().response(), (req, res) -> ran[0] = true);
        assertTrue(ran[0]);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A request to API v1 (its servlet mapped at /api/*) with these query parameters, as name, value, name, value... */
    private static HttpServletRequest request(String method, String pathInfo, String... parameters) {
        return requestTo(method, "/api", pathInfo, parameters);
    }

    private static HttpServletRequest requestTo(String method, String servletPath, String pathInfo,
            String... parameters) {
        Map<String, String> query = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], parameters[i + 1]);
        }
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, arguments) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    case "getParameter" -> query.get((String) arguments[0]);
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    /** What the filter answered by itself. */
    private static final class Answer {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, called, arguments) -> {
                        switch (called.getName()) {
                            case "setStatus" -> status = (Integer) arguments[0];
                            case "setHeader" -> headers.put((String) arguments[0], (String) arguments[1]);
                            case "setContentType", "setCharacterEncoding" -> { }
                            case "getWriter" -> {
                                return new PrintWriter(body, true);
                            }
                            default -> throw new UnsupportedOperationException(called.getName());
                        }
                        return null;
                    });
        }
    }
}
