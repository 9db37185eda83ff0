package io.statusdashboard.incident.internal.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code SDB_CHECKER_INTERVAL_S}: whole seconds from 1 to a day, the default when unset. */
class IncidentSettingsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void unsetMeansThirtySeconds(String value) {
        assertEquals(Duration.ofSeconds(30), IncidentSettings.checkerInterval(value));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "30, 30", "' 120 ', 120", "86400, 86400"})
    void wholeSecondsAreTaken(String value, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), IncidentSettings.checkerInterval(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "86401", "1.5", "30s", "thirty", "99999999999999999999"})
    void anythingElseIsRefusedNamingTheSetting(String value) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> IncidentSettings.checkerInterval(value));
        assertEquals("SDB_CHECKER_INTERVAL_S must be a whole number of seconds from 1 to 86400", refused.getMessage());
    }
}
