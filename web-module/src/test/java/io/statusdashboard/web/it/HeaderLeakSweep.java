package io.statusdashboard.web.it;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Requests every public page, feed and API read with request headers that each carry a marker of
 * their own ({@code User-Agent}, {@code Cookie}, {@code Host}, the forwarded headers, ...) and
 * reports every place a marker comes back: in the response rendered for that request, in the cached
 * copy served next, and above all in what a later, unmarked visitor gets. A page that prints a
 * request header (an EL variable shadowed by {@code header}, a link built from {@code Host}) shows
 * up here, whichever page it is.
 *
 * <p>The test JVM needs {@code -Djdk.httpclient.allowRestrictedHeaders=host} (web-module/pom.xml)
 * for the {@code Host} marker.
 */
final class HeaderLeakSweep {

    /** What a sweep found: the leaks, and which reads were answered from the entry the marked request stored. */
    record Result(List<String> leaks, List<String> storedByMarkedRequest) {}

    /** The headers the container builds the request's own address from (scheme mapping, absolute redirects). */
    private static final Set<String> REQUEST_ADDRESS = Set.of("Host", "X-Forwarded-Proto");
    private static final Pattern REGION_LINK = Pattern.compile("href=\"/\\?region=([^\"&]+)\"");

    private final URL base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** Header name → its marker, a token that occurs nowhere else. */
    private final Map<String, String> markers = new LinkedHashMap<>();

    HeaderLeakSweep(URL base) {
        this.base = base;
        SecureRandom random = new SecureRandom();
        for (String header : List.of("User-Agent", "Cookie", "Host", "X-Forwarded-Host", "X-Forwarded-Proto",
                "Forwarded", "X-Forwarded-For", "X-Real-IP", "Accept-Language", "Referer", "Origin")) {
            StringBuilder token = new StringBuilder("qz");
            random.ints(6, 'a', 'z' + 1).forEach(letter -> token.append((char) letter));
            markers.put(header, token.toString());
        }
    }

    /**
     * Every public read of the dashboard with content: the status page (all regions), an incident's
     * and a maintenance's page, history by year and month, availability, the feeds, calendars and
     * badges of a region and of a service, the Statuspage JSON, the read API,
     * the OpenAPI document and its page, the sign-in page, two redirects and two 404s.
     */
    List<String> publicReads(long incident, long maintenance, String region, String service) throws Exception {
        // A query the page does not read: rendered live, so the sweep's first "/" is still a miss.
        HttpResponse<byte[]> status = send("/?sweep", Map.of());
        TreeSet<String> regions = new TreeSet<>();
        REGION_LINK.matcher(text(status)).results().forEach(link -> regions.add(link.group(1)));
        if (regions.isEmpty()) {
            throw new AssertionError("no region links on the status page: " + text(status));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String encodedService = service.replace(" ", "%20");
        List<String> paths = new ArrayList<>(List.of("/", "/index"));
        regions.forEach(name -> paths.add("/?region=" + name));
        paths.addAll(List.of("/incidents/" + incident, "/incidents/" + maintenance,
                "/history", "/history?year=" + today.getYear(),
                "/history?year=" + today.getYear() + "&month=" + today.getMonthValue(), "/availability"));
        regions.forEach(name -> paths.add("/availability?region=" + name));
        paths.addAll(List.of("/rss/?mt=" + region, "/rss/?mt=" + region + "&srv=" + encodedService,
                "/atom/" + region, "/atom/" + region + "/" + encodedService, "/calendar/" + region + ".ics",
                "/calendar/" + region + "/" + encodedService + ".ics", "/badge/" + region + ".svg",
                "/badge/" + region + "/" + encodedService + ".svg", "/api/v2/summary.json",
                "/api/v2/incidents.json", "/api/v2/scheduled-maintenances.json",
                "/api/v1/component_status", "/api/v1/component_status?name=" + encodedService.substring(0, 5),
                "/api/v1/incidents", "/openapi", "/openapi-ui", "/login", "/index.xhtml", "/no-such-page",
                "/?region=NO-SUCH-REGION"));
        return paths;
    }

    /**
     * The reads the response cache must have stored: all but errors, redirects ({@code /index} and
     * {@code /index.xhtml} lead to {@code /}), the sign-in page, the OpenAPI document and its page,
     * and (without a public URL) the feeds and calendars, which then link to the request's address.
     */
    static List<String> cacheable(List<String> reads, boolean feedsStored) {
        List<String> cacheable = new ArrayList<>(reads);
        cacheable.removeIf(path -> path.startsWith("/openapi") || path.equals("/login") || path.startsWith("/index")
                || path.contains("NO-SUCH") || path.startsWith("/no-such") || (!feedsStored && (path.startsWith("/rss") || path.startsWith("/atom") || path.startsWith("/calendar"))));
        return cacheable;
    }

    /**
     * As a visitor: each read with every marker (the render, or the miss that stores it), again
     * (the cached copy), then without markers (the next visitor), who must find no marker at all.
     *
     * <p>The marked request's own response may name the address it gave ({@code Host},
     * {@code X-Forwarded-Proto}) in two cases only, both kept from every shared cache: a redirect or
     * error (the container makes {@code Location} absolute from them), and, without a public URL, a
     * body marked {@code no-store} (a feed). Every other marker is a leak wherever it shows.
     */
    Result asVisitor(List<String> paths, boolean publicUrlConfigured) throws Exception {
        List<String> leaks = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<byte[]> first = send(path, markedHeaders("JSESSIONID=" + markers.get("Cookie")));
            HttpResponse<byte[]> again = send(path, markedHeaders("JSESSIONID=" + markers.get("Cookie")));
            HttpResponse<byte[]> next = send(path, Map.of());
            leaks.addAll(inBody("marked request", path, first, !publicUrlConfigured));
            leaks.addAll(inBody("marked request again", path, again, !publicUrlConfigured));
            leaks.addAll(anywhere("next visitor", path, next));
            if (next.statusCode() == 200 && first.statusCode() != 200) {
                leaks.add(path + ": " + first.statusCode() + " for the marked request, 200 without");
            }
            if ("miss".equals(header(first, "X-Cache"))) {
                if ("hit".equals(header(again, "X-Cache")) && "hit".equals(header(next, "X-Cache"))
                        && header(first, "ETag").equals(header(next, "ETag"))) {
                    stored.add(path);
                } else {
                    leaks.add(path + ": stored by the marked request but not served from it next");
                }
            }
        }
        return new Result(leaks, stored);
    }

    /** As the signed-in operator holding {@code sessionId}: every read rendered live, with every marker. */
    List<String> asOperator(List<String> paths, String sessionId, boolean publicUrlConfigured) throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<byte[]> response = send(path, markedHeaders("JSESSIONID=" + sessionId));
            leaks.addAll(inBody("operator", path, response, !publicUrlConfigured));
            if (!header(response, "X-Cache").isEmpty()) {
                leaks.add(path + ": the operator was answered from the cache (" + header(response, "X-Cache") + ")");
            }
        }
        return leaks;
    }

    /** The request headers of a marked request; {@code sessionCookie} leads the Cookie header. */
    Map<String, String> markedHeaders(String sessionCookie) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "Mozilla/5.0 (" + markers.get("User-Agent") + ")");
        headers.put("Cookie", sessionCookie + "; theme=" + markers.get("Cookie"));
        headers.put("Host", markers.get("Host") + ".example");
        headers.put("X-Forwarded-Host", markers.get("X-Forwarded-Host") + ".example");
        headers.put("X-Forwarded-Proto", markers.get("X-Forwarded-Proto"));
        headers.put("Forwarded", "for=192.0.2.7;host=" + markers.get("Forwarded") + ".example;proto=https");
        headers.put("X-Forwarded-For", "192.0.2.7, " + markers.get("X-Forwarded-For"));
        headers.put("X-Real-IP", markers.get("X-Real-IP"));
        headers.put("Accept-Language", markers.get("Accept-Language") + ", en;q=0.5");
        headers.put("Referer", "https://" + markers.get("Referer") + ".example/from");
        headers.put("Origin", "https://" + markers.get("Origin") + ".example");
        return headers;
    }

    HttpResponse<byte[]> send(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The markers in a marked request's own body, but for its address where no cache may keep the response. */
    private List<String> inBody(String who, String path, HttpResponse<byte[]> response, boolean noPublicUrl) {
        String cacheControl = header(response, "Cache-Control");
        boolean unshared = response.statusCode() == 200
                ? noPublicUrl && cacheControl.contains("no-store")
                : !cacheControl.contains("public");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> marker : markers.entrySet()) {
            boolean excused = unshared && REQUEST_ADDRESS.contains(marker.getKey());
            if (!excused && text(response).toLowerCase(Locale.ROOT).contains(marker.getValue())) {
                found.add(path + ": " + who + " got its " + marker.getKey() + " back in the body ("
                        + response.statusCode() + ", Cache-Control: " + header(response, "Cache-Control") + ")");
            }
        }
        return found;
    }

    /** Any marker in a response to an unmarked request: body or header. */
    private List<String> anywhere(String who, String path, HttpResponse<byte[]> response) {
        String everything = (response.headers().map() + "\n" + text(response)).toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        markers.forEach((name, token) -> {
            if (everything.contains(token)) {
                found.add(path + ": the " + who + " got another visitor's " + name + " (" + response.statusCode()
                        + ", X-Cache: " + header(response, "X-Cache") + ")");
            }
        });
        return found;
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
