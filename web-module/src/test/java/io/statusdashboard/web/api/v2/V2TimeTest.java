package io.statusdashboard.web.api.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class V2TimeTest {

    @ParameterizedTest
    @CsvSource({
        "2025-05-22T10:12:42, 2025-05-22T10:12:42Z",
        "2025-05-22T10:12:00, 2025-05-22T10:12:00Z",
        "2025-05-22T11:12:42.559346, 2025-05-22T11:12:42.559346Z",
        "2025-05-22T10:12:05.330, 2025-05-22T10:12:05.33Z",
        "2025-05-22T10:12:05.000000001, 2025-05-22T10:12:05.000000001Z",
        "0001-01-01T00:00, 0001-01-01T00:00:00Z"})
    void timesArePrintedAsGoPrintsThemInUtc(LocalDateTime stored, String printed) {
        assertEquals(printed, V2Time.format(stored));
    }

    @ParameterizedTest
    @CsvSource({
        "2025-05-22T10:12:42Z, 2025-05-22T10:12:42",
        "2025-05-22T10:12:42.5Z, 2025-05-22T10:12:42.500",
        "2025-05-22T12:12:42+02:00, 2025-05-22T10:12:42",
        "2025-01-01T00:30:00-01:00, 2025-01-01T01:30",
        "2024-02-29T23:59:59.123456789Z, 2024-02-29T23:59:59.123456789"})
    void rfc3339TimesAreReadAsUtc(String sent, LocalDateTime utc) {
        assertEquals(utc, V2Time.parse(sent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-05-22", "2025-05-22T10:12Z", "2025-05-22t10:12:42Z", "2025-05-22T10:12:42z",
        "2025-05-22T10:12:42", "2025-05-22T10:12:42+0200", "2025-05-22 10:12:42Z", "2025-02-30T10:12:42Z",
        "2025-05-22T24:00:00Z", "25-05-22T10:12:42Z", "2025-5-22T10:12:42Z", "now", ""})
    void whatGoRefusesIsRefused(String sent) {
        assertThrows(DateTimeParseException.class, () -> V2Time.parse(sent));
    }
}
