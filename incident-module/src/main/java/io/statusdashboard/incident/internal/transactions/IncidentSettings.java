package io.statusdashboard.incident.internal.transactions;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The incident module's settings, from MicroProfile Config (environment variables, system
 * properties). A value out of its range is reported in the log and replaced by the default, so a
 * typo in a setting never keeps the status page from starting.
 */
@ApplicationScoped
public class IncidentSettings {

    static final String CHECKER_INTERVAL = "SDB_CHECKER_INTERVAL_S";
    static final Duration DEFAULT_CHECKER_INTERVAL = Duration.ofSeconds(30);
    /** A day: a longer pause would leave maintenances unmoved for longer than any window lasts. */
    static final long MOST_CHECKER_INTERVAL_SECONDS = 86_400;

    private static final Logger LOG = Logger.getLogger(IncidentSettings.class.getName());

    @Inject
    @ConfigProperty(name = CHECKER_INTERVAL)
    private Optional<String> checkerIntervalValue;

    private Duration checkerInterval;

    @PostConstruct
    void read() {
        try {
            checkerInterval = checkerInterval(checkerIntervalValue.orElse(null));
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage() + "; using " + DEFAULT_CHECKER_INTERVAL.toSeconds() + " s");
            checkerInterval = DEFAULT_CHECKER_INTERVAL;
        }
    }

    /** How often the maintenance clock makes a pass. */
    public Duration checkerInterval() {
        return checkerInterval;
    }

    /**
     * {@code SDB_CHECKER_INTERVAL_S}: a whole number of seconds from 1 to a day; absent or blank
     * means the default.
     *
     * @throws IllegalArgumentException naming the setting and what it accepts
     */
    static Duration checkerInterval(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_CHECKER_INTERVAL;
        }
        long seconds;
        try {
            seconds = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        if (seconds < 1 || seconds > MOST_CHECKER_INTERVAL_SECONDS) {
            throw new IllegalArgumentException(CHECKER_INTERVAL + " must be a whole number of seconds from 1 to "
                    + MOST_CHECKER_INTERVAL_SECONDS);
        }
        return Duration.ofSeconds(seconds);
    }
}
