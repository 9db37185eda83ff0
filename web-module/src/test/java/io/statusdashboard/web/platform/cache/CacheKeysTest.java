package io.statusdashboard.web.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CacheKeysTest {

    @Test
    void publicPagesAreKeyedByPathAndRawQuery() {
        assertEquals(Optional.of("/#en"), CacheKeys.of("/", null, "en"));
        assertEquals(Optional.of("/?region=EU-DE#en"), CacheKeys.of("/", "region=EU-DE", "en"));
        assertEquals(Optional.of("/history?year=2026&month=3#en"), CacheKeys.of("/history", "year=2026&month=3", "en"));
        assertEquals(Optional.of("/history?month=3&year=2026#en"), CacheKeys.of("/history", "month=3&year=2026", "en"));
        assertEquals(Optional.of("/availability#en"), CacheKeys.of("/availability", "", "en"));
        assertEquals(Optional.of("/rss/?mt=EU-DE&srv=Compute"), CacheKeys.of("/rss/", "mt=EU-DE&srv=Compute"));
        assertEquals(Optional.of("/api/v1/component_status?name=Cloud"),
                CacheKeys.of("/api/v1/component_status", "name=Cloud"));
        assertEquals(Optional.of("/api/v1/incidents"), CacheKeys.of("/api/v1/incidents", null));
    }

    @Test
    void pagesAreKeyedByTheResolvedLanguageAndAcceptOnlyTheLangThatDecidedIt() {
        assertEquals(Optional.of("/#en"), CacheKeys.of("/", null, "en"));
        assertEquals(Optional.of("/#de"), CacheKeys.of("/", null, "de"));
        assertEquals(Optional.of("/?region=EU-DE#de"), CacheKeys.of("/", "region=EU-DE", "de"));
        assertEquals(Optional.of("/?region=EU-DE&lang=de#de"), CacheKeys.of("/", "region=EU-DE&lang=de", "de"));
        assertEquals(Optional.of("/history?year=2026&lang=en#en"), CacheKeys.of("/history", "year=2026&lang=en", "en"));
        assertEquals(Optional.of("/incidents/42?lang=de#de"), CacheKeys.of("/incidents/42", "lang=de", "de"));
        // A lang the resolution did not follow, or another spelling of it: one entry each, so live.
        assertTrue(CacheKeys.of("/", "lang=xx", "en").isEmpty());
        assertTrue(CacheKeys.of("/", "lang=DE", "de").isEmpty());
        assertTrue(CacheKeys.of("/", "lang", "en").isEmpty());
        assertTrue(CacheKeys.of("/", "region=EU-DE&utm=x", "de").isEmpty());
    }

    @Test
    void feedsAndJsonAreTheSameInEveryLanguageAndTakeNoLang() {
        assertEquals(Optional.of("/api/v1/incidents"), CacheKeys.of("/api/v1/incidents", null, "de"));
        assertEquals(Optional.of("/rss/?mt=EU-DE"), CacheKeys.of("/rss/", "mt=EU-DE", "de"));
        assertEquals(Optional.of("/atom/EU-DE"), CacheKeys.of("/atom/EU-DE", null, "de"));
        assertTrue(CacheKeys.of("/v2/components", "lang=de", "de").isEmpty());
        assertTrue(CacheKeys.speaksLanguage("/incidents/42"));
        assertTrue(CacheKeys.speaksLanguage("/history"));
        assertTrue(!CacheKeys.speaksLanguage("/rss"));
    }

    @Test
    void eventPagesAreCachedButNotTheOperatorsForms() {
        assertEquals(Optional.of("/incidents/42#en"), CacheKeys.of("/incidents/42", null, "en"));
        assertTrue(CacheKeys.of("/incidents/new", null, "en").isEmpty());
        assertTrue(CacheKeys.of("/incidents", null, "en").isEmpty());
        assertTrue(CacheKeys.of("/incidents/42/update", null, "en").isEmpty());
    }

    @Test
    void aParameterThePageDoesNotReadIsRenderedLive() {
        // The page repeats its query in the login link: an ignored parameter would leak into the next visitor's page.
        assertTrue(CacheKeys.of("/", "region=EU-DE&utm=<script>", "en").isEmpty());
        assertTrue(CacheKeys.of("/incidents/42", "x=1", "en").isEmpty());
        assertTrue(CacheKeys.of("/api/v1/incidents", "page=2").isEmpty());
        assertTrue(CacheKeys.of("/", "reg%69on=EU-DE", "en").isEmpty());
    }

    @Test
    void privateAndUnknownPathsAndHugeQueriesAreNeverCached() {
        assertTrue(CacheKeys.of("/operator", null).isEmpty());
        assertTrue(CacheKeys.of("/login", "returnTo=/").isEmpty());
        assertTrue(CacheKeys.of("/metrics", null).isEmpty());
        assertTrue(CacheKeys.of("/health/ready", null).isEmpty());
        assertTrue(CacheKeys.of("/", "region=" + "x".repeat(300), "en").isEmpty());
    }

    @Test
    void apiV2ReadsAreKeyedWithTheFiltersTheyRead() {
        assertEquals(Optional.of("/v2/components"), CacheKeys.of("/v2/components", null));
        assertEquals(Optional.of("/v2/components/7"), CacheKeys.of("/v2/components/7", null));
        assertEquals(Optional.of("/v2/availability"), CacheKeys.of("/v2/availability", null));
        assertEquals(Optional.of("/v2/events/12"), CacheKeys.of("/v2/events/12", null));
        assertEquals(Optional.of("/v2/incidents/12"), CacheKeys.of("/v2/incidents/12", null));
        assertEquals(Optional.of("/v2/events?type=incident&active=true&page=2&limit=10"),
                CacheKeys.of("/v2/events", "type=incident&active=true&page=2&limit=10"));
        assertEquals(Optional.of("/v2/incidents?components=1,2&start_date=2025-01-01T00:00:00Z"),
                CacheKeys.of("/v2/incidents", "components=1,2&start_date=2025-01-01T00:00:00Z"));
        assertTrue(CacheKeys.of("/v2/events", "type=incident&utm=x").isEmpty(), "a parameter v2 does not read");
        assertTrue(CacheKeys.of("/v2/events/abc", null).isEmpty(), "a bad id is answered live");
        assertTrue(CacheKeys.of("/v2/components/7", "x=1").isEmpty());
        assertTrue(CacheKeys.of("/v2/events/12/updates/0", null).isEmpty());
    }

    @Test
    void feedsCalendarsBadgesAndStatuspageDocumentsAreCachedWithoutParameters() {
        for (String path : new String[] {"/atom/EU-DE", "/atom/EU-DE/Elastic%20Cloud%20Server", "/calendar/EU-DE.ics",
                "/calendar/EU-DE/Elastic%20Cloud%20Server.ics", "/badge/EU-DE.svg", "/badge/EU-DE/Auto%20Scaling.svg",
                "/api/v2/summary.json", "/api/v2/status.json", "/api/v2/components.json", "/api/v2/incidents.json",
                "/api/v2/incidents/unresolved.json", "/api/v2/scheduled-maintenances.json",
                "/api/v2/scheduled-maintenances/upcoming.json", "/api/v2/scheduled-maintenances/active.json"}) {
            assertEquals(Optional.of(path), CacheKeys.of(path, null), path);
            assertTrue(CacheKeys.of(path, "x=1").isEmpty(), path + " with a parameter");
        }
        assertTrue(CacheKeys.of("/atom/EU-DE/a/b", null).isEmpty());
        assertTrue(CacheKeys.of("/calendar/EU-DE", null).isEmpty());
        assertTrue(CacheKeys.of("/badge/EU-DE.png", null).isEmpty());
        assertTrue(CacheKeys.of("/api/v2/other.json", null).isEmpty());
    }
}
