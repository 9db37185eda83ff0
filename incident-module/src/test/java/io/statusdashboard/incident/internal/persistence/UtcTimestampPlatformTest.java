package io.statusdashboard.incident.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JVM runs in India here, as a server there would; the stored times are UTC. */
class UtcTimestampPlatformTest {

    private static final Instant MOMENT = Instant.parse("2024-03-01T10:00:00Z");

    private final UtcTimestampPlatform platform = new UtcTimestampPlatform();
    private TimeZone jvmZone;

    @BeforeEach
    void runInIndia() {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(jvmZone);
    }

    @Test
    void aTimeIsReadAsItsUtcWallTimeWithAUtcCalendar() throws Exception {
        List<Calendar> calendars = new ArrayList<>();
        ResultSet row = (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getTimestamp") && arguments.length == 2) {
                        calendars.add((Calendar) arguments[1]);
                        return Timestamp.from(MOMENT);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        assertEquals(LocalDateTime.of(2024, 3, 1, 10, 0), platform.getObjectFromResultSet(row, 1, Types.TIMESTAMP, null));
        assertEquals(LocalDateTime.of(2024, 3, 1, 10, 0),
                platform.getObjectFromResultSet(row, 1, Types.TIMESTAMP_WITH_TIMEZONE, null));
        assertEquals(List.of("UTC", "UTC"), calendars.stream().map(calendar -> calendar.getTimeZone().getID()).toList());
    }

    @Test
    void theProviderReadsNoTimeItselfEvenAfterCopyingItsDefaultPlatformsSettings() {
        new PostgreSQLPlatform().copyInto(platform);
        assertEquals(false, platform.shouldOptimizeDataConversion());
    }

    @Test
    void aTimeTheProviderAlreadyConvertedIsWrittenAsItsWallTimeInUtc() throws Exception {
        List<Object> bound = new ArrayList<>();
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, arguments) -> {
                    bound.add(((Timestamp) arguments[1]).toInstant());
                    return null;
                });
        platform.setParameterValueInDatabaseCall(Timestamp.valueOf(LocalDateTime.of(2024, 3, 1, 10, 0)), statement, 1,
                null);
        assertEquals(List.of(MOMENT), bound);
    }

    @Test
    void aMissingTimeStaysMissing() {
        assertEquals(null, UtcTimestampPlatform.utcTime(null));
    }

    @Test
    void aTimeIsWrittenAsTheMomentOfItsUtcWallTimeWithAUtcCalendar() throws Exception {
        List<Object> bound = new ArrayList<>();
        PreparedStatement statement = (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("setTimestamp") && arguments.length == 3) {
                        bound.add(((Timestamp) arguments[1]).toInstant());
                        bound.add(((Calendar) arguments[2]).getTimeZone().getID());
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        platform.setParameterValueInDatabaseCall(LocalDateTime.of(2024, 3, 1, 10, 0), statement, 1, null);
        assertEquals(List.of(MOMENT, "UTC"), bound);
    }
}
