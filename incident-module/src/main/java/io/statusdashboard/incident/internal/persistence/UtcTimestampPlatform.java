package io.statusdashboard.incident.internal.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/**
 * Reads and writes every time column as UTC, whatever the JVM's time zone.
 *
 * <p>The stored times are UTC: naive {@code timestamp} columns in the original schema, and
 * {@code timestamptz} after the original's later migration, which the Flask dashboard may still be
 * writing to with zone-aware times. JDBC turns both into {@link Timestamp}s in the JVM's default
 * zone, and the JPA provider turns those into {@link LocalDateTime}s in that zone again: right
 * for naive columns, but a {@code timestamptz} comes out shifted by the zone's offset (5 h 30 ahead
 * in Asia/Kolkata), and a time written there lands that much off. Passing a UTC calendar to the
 * driver in both directions makes both column types round-trip exactly, without changing the
 * schema the Flask dashboard relies on: a naive column takes and gives the UTC wall time, a
 * {@code timestamptz} the same instant.
 *
 * <p>H2 runs in PostgreSQL mode and takes the same calls.
 */
public class UtcTimestampPlatform extends PostgreSQLPlatform {

    private static final long serialVersionUID = 1L;
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    /**
     * Otherwise the provider reads columns of known types itself, in the JVM's zone. A method, not
     * the setting: the provider copies the settings of its default platform into this one.
     */
    @Override
    public boolean shouldOptimizeDataConversion() {
        return false;
    }

    @Override
    public Object getObjectFromResultSet(ResultSet resultSet, int columnNumber, int type, AbstractSession session)
            throws SQLException {
        if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
            return utcTime(resultSet.getTimestamp(columnNumber, utcCalendar()));
        }
        return super.getObjectFromResultSet(resultSet, columnNumber, type, session);
    }

    @Override
    public void setParameterValueInDatabaseCall(Object parameter, PreparedStatement statement, int index,
            AbstractSession session) throws SQLException {
        if (parameter instanceof LocalDateTime time) {
            statement.setTimestamp(index, Timestamp.from(time.toInstant(ZoneOffset.UTC)), utcCalendar());
        } else if (parameter instanceof Timestamp converted) {
            // A LocalDateTime the provider converted on the way, in the JVM's zone: its wall time is the time.
            statement.setTimestamp(index, Timestamp.from(converted.toLocalDateTime().toInstant(ZoneOffset.UTC)),
                    utcCalendar());
        } else {
            super.setParameterValueInDatabaseCall(parameter, statement, index, session);
        }
    }

    /** The UTC wall time of a moment the driver read against a UTC calendar. */
    static LocalDateTime utcTime(Timestamp moment) {
        return moment == null ? null : LocalDateTime.ofInstant(moment.toInstant(), ZoneOffset.UTC);
    }

    /** A time column of a row read with plain JDBC, as this platform reads it for the provider. */
    static LocalDateTime utcTime(ResultSet row, int columnNumber) throws SQLException {
        return utcTime(row.getTimestamp(columnNumber, utcCalendar()));
    }

    /** A new one each time: drivers may set fields of the calendar they are given. */
    private static Calendar utcCalendar() {
        return Calendar.getInstance(UTC);
    }
}
