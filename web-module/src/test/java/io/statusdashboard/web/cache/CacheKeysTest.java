package io.statusdashboard.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheKeysTest {

    @Test
    void publicPagesAreKeyedByPathAndRawQuery() {
        assertEquals(Optional.of("/"), CacheKeys.of("/", null));
        assertEquals(Optional.of("/?region=EU-DE"), CacheKeys.of("/", "region=EU-DE"));
        assertEquals(Optional.of("/history?year=2026&month=3"), CacheKeys.of("/history", "year=2026&month=3"));
        assertEquals(Optional.of("/history?month=3&year=2026"), CacheKeys.of("/history", "month=3&year=2026"));
        assertEquals(Optional.of("/availability"), CacheKeys.of("/availability", ""));
        assertEquals(Optional.of("/rss/?mt=EU-DE&srv=Compute"), CacheKeys.of("/rss/", "mt=EU-DE&srv=Compute"));
        assertEquals(Optional.of("/api/v1/component_status?name=Cloud"),
                CacheKeys.of("/api/v1/component_status", "name=Cloud"));
        assertEquals(Optional.of("/api/v1/incidents"), CacheKeys.of("/api/v1/incidents", null));
    }

    @Test
    void eventPagesAreCachedButNotTheOperatorsForms() {
        assertEquals(Optional.of("/incidents/42"), CacheKeys.of("/incidents/42", null));
        assertTrue(CacheKeys.of("/incidents/new", null).isEmpty());
        assertTrue(CacheKeys.of("/incidents", null).isEmpty());
        assertTrue(CacheKeys.of("/incidents/42/update", null).isEmpty());
    }

    @Test
    void aParameterThePageDoesNotReadIsRenderedLive() {
        // The page repeats its query in the login link: an ignored parameter would leak into the next visitor's page.
        assertTrue(CacheKeys.of("/", "region=EU-DE&utm=<script>").isEmpty());
        assertTrue(CacheKeys.of("/incidents/42", "x=1").isEmpty());
        assertTrue(CacheKeys.of("/api/v1/incidents", "page=2").isEmpty());
        assertTrue(CacheKeys.of("/", "reg%69on=EU-DE").isEmpty());
    }

    @Test
    void privateAndUnknownPathsAndHugeQueriesAreNeverCached() {
        assertTrue(CacheKeys.of("/operator", null).isEmpty());
        assertTrue(CacheKeys.of("/login", "returnTo=/").isEmpty());
        assertTrue(CacheKeys.of("/metrics", null).isEmpty());
        assertTrue(CacheKeys.of("/health/ready", null).isEmpty());
        assertTrue(CacheKeys.of("/", "region=" + "x".repeat(300)).isEmpty());
    }
}
