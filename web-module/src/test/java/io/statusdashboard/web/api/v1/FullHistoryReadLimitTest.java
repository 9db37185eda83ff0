package io.statusdashboard.web.api.v1;

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
    void tellsTheWholeHistoryFromTheReadsOfSomeComponents() {
        assertTrue(FullHistoryReadLimit.readsWholeHistory(request("GET", "/api/v1/component_status", null)));
        assertTrue(FullHistoryReadLimit.readsWholeHistory(request("HEAD", "/api/v1/component_status", "")));
        assertTrue(FullHistoryReadLimit.readsWholeHistory(request("GET", "/api/v1/incidents", null)));
        assertFalse(FullHistoryReadLimit.readsWholeHistory(request("GET", "/api/v1/component_status", "Elastic")));
        assertFalse(FullHistoryReadLimit.readsWholeHistory(request("POST", "/api/v1/component_status", null)));
    }

    @Test
    void aReadBeyondTheLimitWaitsThenIsToldToComeBack() throws Exception {
        FullHistoryReadLimit limit = new FullHistoryReadLimit(1, Duration.ofMillis(200));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = first.submit(() -> {
                limit.doFilter(request("GET", "/api/v1/incidents", null), new Answer().response(), (req, res) -> {
                    inside.countDown();
                    await(leave);
                });
                return null;
            });
            assertTrue(inside.await(10, TimeUnit.SECONDS));

            Answer refused = new Answer();
            boolean[] ran = {false};
            limit.doFilter(request("GET", "/api/v1/component_status", null), refused.response(), (req, res) -> ran[0] = true);
            assertFalse(ran[0], "the second full read did not render");
            assertEquals(503, refused.status);
            assertEquals(FullHistoryReadLimit.RETRY_AFTER_SECONDS, refused.headers.get("Retry-After"));
            assertTrue(refused.body.toString().startsWith("{\"message\":\"Too many full lists"), refused.body.toString());

            // Reads of some components do not queue behind it.
            boolean[] lookedUp = {false};
            limit.doFilter(request("GET", "/api/v1/component_status", "Elastic"), new Answer().response(),
                    (req, res) -> lookedUp[0] = true);
            assertTrue(lookedUp[0]);

            leave.countDown();
            holding.get(10, TimeUnit.SECONDS);
            boolean[] next = {false};
            limit.doFilter(request("GET", "/api/v1/incidents", null), new Answer().response(), (req, res) -> next[0] = true);
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
                () -> limit.doFilter(request("GET", "/api/v1/incidents", null), new Answer().response(), failing));
        boolean[] ran = {false};
        limit.doFilter(request("GET", "/api/v1/incidents", null), new Answer().response(), (req, res) -> ran[0] = true);
        assertTrue(ran[0]);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpServletRequest request(String method, String path, String name) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, arguments) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getParameter" -> "name".equals(arguments[0]) ? name : null;
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
