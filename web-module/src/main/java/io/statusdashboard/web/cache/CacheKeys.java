package io.statusdashboard.web.cache;

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
 * <p>No request header is part of the key ({@code Host}, cookies, language, forwarded addresses):
 * whatever depends on one must not be stored (see the package comment).
 */
public final class CacheKeys {

    private static final int MAX_QUERY_LENGTH = 256;
    private static final Pattern EVENT_PAGE = Pattern.compile("/incidents/\\d{1,18}/?");

    private static final Map<String, Set<String>> PARAMETERS_BY_PATH = Map.of(
            "/", Set.of("region"),
            "/index", Set.of("region"),
            "/history", Set.of("year", "month"),
            "/availability", Set.of("region"),
            "/rss", Set.of("mt", "srv"),
            "/rss/", Set.of("mt", "srv"),
            "/api/v1/component_status", Set.of("name", "attribute_name", "attribute_value"),
            "/api/v1/incidents", Set.of());

    private CacheKeys() {}

    /**
     * The key for a GET of {@code path} (relative to the context root) with {@code query} (raw, may
     * be null), or empty when the response must be rendered live.
     */
    public static Optional<String> of(String path, String query) {
        Set<String> parameters = EVENT_PAGE.matcher(path).matches() ? Set.of() : PARAMETERS_BY_PATH.get(path);
        if (parameters == null) {
            return Optional.empty();
        }
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
