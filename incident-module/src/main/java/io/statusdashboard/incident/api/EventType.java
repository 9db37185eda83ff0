package io.statusdashboard.incident.api;

import java.util.Arrays;
import java.util.Locale;

/** The {@code incident.type} column of the v3 schema. */
public enum EventType {
    INCIDENT,
    MAINTENANCE,
    /** Reserved for announcements; they never change a component's status. */
    INFO;

    public String columnValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType ofColumnValue(String value) {
        return Arrays.stream(values())
                .filter(type -> type.columnValue().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + value));
    }
}
