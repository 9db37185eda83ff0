package io.statusdashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DashboardSettingsTest {

    private final Map<String, String> warnings = new LinkedHashMap<>();

    private DashboardSettings read(Map<String, String> values) {
        DashboardSettings settings = new DashboardSettings();
        settings.read(name -> Optional.ofNullable(values.get(name)), warnings::put);
        return settings;
    }

    /** The defaults are the values these tunables had before they were settings: nothing changes unless set. */
    @Test
    void nothingSetGivesTheDefaultsWithoutAWarning() {
        DashboardSettings settings = read(Map.of());
        assertEquals(300, settings.cacheTimeoutSeconds());
        assertEquals(5, settings.cacheMaxAgeSeconds());
        assertEquals(Duration.ofSeconds(1), settings.cacheProbeInterval());
        assertEquals(Duration.ofMillis(100), settings.cacheGenerationRefresh());
        assertEquals(4096, settings.cacheLocalEntries());
        assertEquals(Duration.ofSeconds(5), settings.metricsSnapshotAge());
        assertEquals(30, settings.sessionTimeoutMinutes());
        assertEquals(Duration.ofSeconds(2), settings.signInFirstWait());
        assertEquals(Map.of(), warnings);
    }

    @Test
    void blankIsUnset() {
        DashboardSettings settings = read(Map.of(DashboardSettings.SESSION_TIMEOUT, "  "));
        assertEquals(30, settings.sessionTimeoutMinutes());
        assertEquals(Map.of(), warnings);
    }

    @Test
    void valuesInRangeAreTakenWithSurroundingSpaces() {
        DashboardSettings settings = read(Map.of(
                DashboardSettings.CACHE_DEFAULT_TIMEOUT, "0",
                DashboardSettings.CACHE_MAX_AGE, "600",
                DashboardSettings.CACHE_PROBE_INTERVAL, "0",
                DashboardSettings.CACHE_GENERATION_REFRESH, " 250 ",
                DashboardSettings.CACHE_LOCAL_ENTRIES, "1",
                DashboardSettings.METRICS_SNAPSHOT_AGE, "0",
                DashboardSettings.SESSION_TIMEOUT, "1440",
                DashboardSettings.SIGNIN_FIRST_WAIT, "60"));
        assertEquals(0, settings.cacheTimeoutSeconds());
        assertEquals(600, settings.cacheMaxAgeSeconds());
        assertEquals(Duration.ZERO, settings.cacheProbeInterval());
        assertEquals(Duration.ofMillis(250), settings.cacheGenerationRefresh());
        assertEquals(1, settings.cacheLocalEntries());
        assertEquals(Duration.ZERO, settings.metricsSnapshotAge());
        assertEquals(1440, settings.sessionTimeoutMinutes());
        assertEquals(Duration.ofSeconds(60), settings.signInFirstWait());
        assertEquals(Map.of(), warnings);
    }

    /** A typo must not keep the status page from starting: the default is used and the log names the setting. */
    @Test
    void aValueThatIsNotAWholeNumberInRangeFallsBackToTheDefaultWithAWarning() {
        for (String wrong : List.of("0", "1441", "-5", "2.5", "soon", "99999999999999999999")) {
            warnings.clear();
            assertEquals(30, read(Map.of(DashboardSettings.SESSION_TIMEOUT, wrong)).sessionTimeoutMinutes(), wrong);
            assertEquals(List.of(DashboardSettings.SESSION_TIMEOUT), List.copyOf(warnings.keySet()), wrong);
        }
        assertEquals("whole minutes, from 1 to 1440; using 30", warnings.get(DashboardSettings.SESSION_TIMEOUT));
    }

    @Test
    void eachSettingFallsBackOnItsOwn() {
        DashboardSettings settings = read(Map.of(
                DashboardSettings.CACHE_DEFAULT_TIMEOUT, "-1",
                DashboardSettings.CACHE_MAX_AGE, "five",
                DashboardSettings.CACHE_LOCAL_ENTRIES, "0",
                DashboardSettings.METRICS_SNAPSHOT_AGE, "60001",
                DashboardSettings.SIGNIN_FIRST_WAIT, "61",
                DashboardSettings.CACHE_GENERATION_REFRESH, "200"));
        assertEquals(300, settings.cacheTimeoutSeconds());
        assertEquals(5, settings.cacheMaxAgeSeconds());
        assertEquals(4096, settings.cacheLocalEntries());
        assertEquals(Duration.ofSeconds(5), settings.metricsSnapshotAge());
        assertEquals(Duration.ofSeconds(2), settings.signInFirstWait());
        assertEquals(Duration.ofMillis(200), settings.cacheGenerationRefresh());
        assertEquals(5, warnings.size(), warnings.toString());
        assertEquals("whole seconds, 0 or more; using 300", warnings.get(DashboardSettings.CACHE_DEFAULT_TIMEOUT));
        assertTrue(warnings.get(DashboardSettings.SIGNIN_FIRST_WAIT).contains("from 1 to 60"));
    }

    /** Settings that had no upper bound before they moved here keep none. */
    @Test
    void theCacheTimeoutsHaveNoUpperBound() {
        DashboardSettings settings = read(Map.of(DashboardSettings.CACHE_DEFAULT_TIMEOUT, "31536000",
                DashboardSettings.CACHE_MAX_AGE, "31536000", DashboardSettings.CACHE_PROBE_INTERVAL, "3600000"));
        assertEquals(31_536_000, settings.cacheTimeoutSeconds());
        assertEquals(31_536_000, settings.cacheMaxAgeSeconds());
        assertEquals(Duration.ofHours(1), settings.cacheProbeInterval());
        assertEquals(Map.of(), warnings);
    }
}
