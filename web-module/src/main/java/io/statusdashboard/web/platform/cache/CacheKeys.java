package io.statusdashboard.web.platform.cache;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which requests the cache may answer, and under which key.
 *
 * <p>Only the public read paths, and only with the query parameters those pages read: a page
 * repeats its own query in links (the "Log in" link returns to it), so a parameter the key ignored
 * would let one visitor's query appear in the page served to the next. Requests with any other
 * parameter are rendered live. The raw query is part of the key, so two spellings of one query are
 * two entries, never one entry showing the other's text.
 *
 * <p>The pages are also keyed by the request's resolved language (one of the few the dashboard
 * speaks, whatever {@code Accept-Language} said, so its variants do not multiply the entries) and
 * accept {@code ?lang=} only when it is what decided that language. Feeds and JSON are English
 * for everyone. No other request header is part of the key ({@code Host}, cookies, forwarded
 * addresses): whatever depends on one must not be stored (see the package comment).
 */
public final class CacheKeys {

    private static final int MAX_QUERY_LENGTH = 256;
    private static final Pattern EVENT_PAGE = Pattern.compile("/incidents/\\d{1,18}/?");
    /** Feeds, calendars and badges of a region or of one of its components: they read no parameter. */
    private static final Pattern REGION_FEED = Pattern.compile("/(atom/[^/]+(/[^/]+)?|(calendar|badge)/[^/]+(/[^/]+)?\\.(ics|svg))");

    private static final String LANGUAGE = "lang";
    /** The pages, which speak the visitor's language: the parameters they read besides {@code lang}. */
    private static final Map<String, Set<String>> PAGE_PARAMETERS_BY_PATH = Map.of(
            "/", Set.of("region"),
            "/index", Set.of("region"),
            "/history", Set.of("year", "month"),
            "/availability", Set.of("region"));
    private static final Map<String, Set<String>> PARAMETERS_BY_PATH = Map.ofEntries(
            Map.entry("/rss", Set.of("mt", "srv")),
            Map.entry("/rss/", Set.of("mt", "srv")),
            Map.entry("/api/v1/component_status", Set.of("name", "attribute_name", "attribute_value")),
            Map.entry("/api/v1/incidents", Set.of()),
            Map.entry("/api/v2/summary.json", Set.of()),
            Map.entry("/api/v2/status.json", Set.of()),
            Map.entry("/api/v2/components.json", Set.of()),
            Map.entry("/api/v2/incidents.json", Set.of()),
            Map.entry("/api/v2/incidents/unresolved.json", Set.of()),
            Map.entry("/api/v2/scheduled-maintenances.json", Set.of()),
            Map.entry("/api/v2/scheduled-maintenances/upcoming.json", Set.of()),
            Map.entry("/api/v2/scheduled-maintenances/active.json", Set.of()));

    /** API v2 reads (status-dashboard-v3's paths): one item by id, and the lists with their filters. */
    private static final Pattern V2_ITEM = Pattern.compile("/v2/(components|events|incidents)/\\d{1,18}");
    private static final Set<String> V2_EVENT_QUERY = Set.of("type", "active", "status", "start_date", "end_date",
            "impact", "system", "components", "page", "limit");
    private static final Map<String, Set<String>> V2_PARAMETERS_BY_PATH = Map.of(
            "/v2/components", Set.of(),
            "/v2/availability", Set.of(),
            "/v2/events", V2_EVENT_QUERY,
            "/v2/incidents", V2_EVENT_QUERY);

    private CacheKeys() {}

    /** True for the pages, whose answers depend on the visitor's language (and say so in {@code Vary}). */
    public static boolean speaksLanguage(String path) {
        return PAGE_PARAMETERS_BY_PATH.containsKey(path) || EVENT_PAGE.matcher(path).matches();
    }

    /**
     * The key for a GET of {@code path} (relative to the context root) with {@code query} (raw, may
     * be null) answered in {@code language} (a language tag; ignored where the answer is English for
     * everyone), or empty when the response must be rendered live.
     */
    public static Optional<String> of(String path, String query, String language) {
        if (!speaksLanguage(path)) {
            return of(path, query);
        }
        Set<String> parameters = EVENT_PAGE.matcher(path).matches() ? Set.of() : PAGE_PARAMETERS_BY_PATH.get(path);
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&", -1)) {
                // A lang the resolution did not follow (unknown, or not spelled as the tag) would be an
                // entry per spelling: rendered live.
                if ((pair.equals(LANGUAGE) || pair.startsWith(LANGUAGE + "=")) && !pair.equals(LANGUAGE + "=" + language)) {
                    return Optional.empty();
                }
            }
        }
        Set<String> withLanguage = new HashSet<>(parameters);
        withLanguage.add(LANGUAGE);
        return keyOf(path, query, withLanguage).map(key -> key + "#" + language);
    }

    /**
     * The key for a GET of a path whose answer is the same in every language (feeds, JSON), or
     * empty when the response must be rendered live.
     */
    static Optional<String> of(String path, String query) {
        Set<String> parameters = REGION_FEED.matcher(path).matches() ? Set.of() : PARAMETERS_BY_PATH.get(path);
        if (parameters == null) {
            parameters = V2_ITEM.matcher(path).matches() ? Set.of() : V2_PARAMETERS_BY_PATH.get(path);
        }
        return parameters == null ? Optional.empty() : keyOf(path, query, parameters);
    }

    private static Optional<String> keyOf(String path, String query, Set<String> parameters) {
        if (query == null || query.isEmpty()) {
            return Optional.of(path);
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            return Optional.empty();
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!parameters.contains(name)) {
                return Optional.empty();
            }
        }
        return Optional.of(path + "?" + query);
    }
}
