package io.statusdashboard.incident.api;

import java.util.Arrays;

/** Impact levels as stored in the {@code incident.impact} column. */
public enum Impact {
    MAINTENANCE(0, "maintenance"),
    MINOR(1, "minor"),
    MAJOR(2, "major"),
    OUTAGE(3, "outage");

    private final int level;
    private final String label;

    Impact(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() {
        return level;
    }

    /** The word the original dashboard shows and writes into updates ("impact changed from minor to major"). */
    public String label() {
        return label;
    }

    public static Impact ofLevel(int level) {
        return Arrays.stream(values())
                .filter(impact -> impact.level == level)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown impact level " + level));
    }
}
