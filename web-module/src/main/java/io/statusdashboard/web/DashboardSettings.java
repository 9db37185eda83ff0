package io.statusdashboard.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The web module's tunables, from MicroProfile Config (environment variables, system properties),
 * read once at start, with every default here. A value that is not a whole number in its range is
 * reported in the log with the setting's name and replaced by the default, so a typo in a setting
 * never keeps the status page from starting.
 *
 * <p>Settings of one feature that need more than a number stay with their feature: the database
 * ({@code JdbcSettings}), sign-in through OpenID Connect ({@code OpenIdSettings}), subscriptions
 * ({@code SubscriptionSettings}), branding ({@code BrandingSettings}), the public URL
 * ({@link PublicUrl}), the data directory ({@link DataFiles}) and the maintenance clock (the
 * incident module's {@code IncidentSettings}).
 */
@ApplicationScoped
public class DashboardSettings {

    public static final String CACHE_DEFAULT_TIMEOUT = "SDB_CACHE_DEFAULT_TIMEOUT";
    public static final String CACHE_MAX_AGE = "SDB_CACHE_MAX_AGE";
    public static final String CACHE_PROBE_INTERVAL = "SDB_CACHE_PROBE_INTERVAL_MS";
    public static final String CACHE_GENERATION_REFRESH = "SDB_CACHE_GENERATION_REFRESH_MS";
    public static final String CACHE_LOCAL_ENTRIES = "SDB_CACHE_LOCAL_ENTRIES";
    public static final String METRICS_SNAPSHOT_AGE = "SDB_METRICS_SNAPSHOT_AGE_MS";
    public static final String SESSION_TIMEOUT = "SDB_SESSION_TIMEOUT_MIN";
    public static final String SIGNIN_FIRST_WAIT = "SDB_SIGNIN_FIRST_WAIT_S";

    static final long DEFAULT_CACHE_TIMEOUT_SECONDS = 300;
    static final long DEFAULT_CACHE_MAX_AGE_SECONDS = 5;
    static final long DEFAULT_CACHE_PROBE_INTERVAL_MILLIS = 1000;
    /** A grid read on every cache hit costs more than the hit itself; a tenth of a second is not noticed. */
    static final long DEFAULT_CACHE_GENERATION_REFRESH_MILLIS = 100;
    static final int DEFAULT_CACHE_LOCAL_ENTRIES = 4096;
    /** One scrape reads the events once for all gauges: a snapshot outlives the scrape, not much more. */
    static final long DEFAULT_METRICS_SNAPSHOT_AGE_MILLIS = 5000;
    static final int DEFAULT_SESSION_TIMEOUT_MINUTES = 30;
    public static final Duration DEFAULT_SIGNIN_FIRST_WAIT = Duration.ofSeconds(2);

    /**
     * The dashboard's own connection pool. Not settings: an annotation's attributes are constants,
     * and {@code ${MPCONFIG=...}} in them is not resolved from the WAR's configuration by a full
     * Payara Server. On an application server, a JDBC resource the administrator created
     * ({@code SDB_DATASOURCE_JNDI}) brings a pool sized there instead.
     */
    public static final int POOL_INITIAL_SIZE = 2;
    public static final int POOL_MIN_SIZE = 2;
    public static final int POOL_MAX_SIZE = 32;
    /**
     * A database that accepts connections but does not answer (overloaded, half-started) fails the
     * attempt after this long, so a request answers 503 instead of waiting on it.
     */
    public static final int POOL_LOGIN_TIMEOUT_SECONDS = 5;

    /** No bound on the settings that had none before they moved here: a value that worked still does. */
    private static final long UNBOUNDED = Long.MAX_VALUE;
    /** A minute: another instance's changes, or the events behind the gauges, would be older than anyone waits. */
    private static final long MOST_REFRESH_MILLIS = 60_000;
    private static final long MOST_LOCAL_ENTRIES = 1_000_000;
    /** A day of inactivity; a session that never ends would keep an operator signed in on a shared machine. */
    private static final long MOST_SESSION_MINUTES = 1440;
    private static final long MOST_SIGNIN_FIRST_WAIT_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(DashboardSettings.class.getName());

    @Inject
    private Config config;

    private long cacheTimeoutSeconds;
    private long cacheMaxAgeSeconds;
    private Duration cacheProbeInterval;
    private Duration cacheGenerationRefresh;
    private int cacheLocalEntries;
    private Duration metricsSnapshotAge;
    private int sessionTimeoutMinutes;
    private Duration signInFirstWait;

    @PostConstruct
    void read() {
        read(name -> config.getOptionalValue(name, String.class),
                (name, fallback) -> LOG.warning(() -> name + " must be " + fallback));
    }

    /**
     * Reads every setting {@code setting} answers; {@code warn} gets the name of each one whose
     * value was replaced by its default, and what it accepts.
     */
    void read(Function<String, Optional<String>> setting, BiConsumer<String, String> warn) {
        cacheTimeoutSeconds = wholeNumber(setting, warn, CACHE_DEFAULT_TIMEOUT, DEFAULT_CACHE_TIMEOUT_SECONDS,
                0, UNBOUNDED, "seconds");
        cacheMaxAgeSeconds = wholeNumber(setting, warn, CACHE_MAX_AGE, DEFAULT_CACHE_MAX_AGE_SECONDS,
                0, UNBOUNDED, "seconds");
        cacheProbeInterval = Duration.ofMillis(wholeNumber(setting, warn, CACHE_PROBE_INTERVAL,
                DEFAULT_CACHE_PROBE_INTERVAL_MILLIS, 0, UNBOUNDED, "milliseconds"));
        cacheGenerationRefresh = Duration.ofMillis(wholeNumber(setting, warn, CACHE_GENERATION_REFRESH,
                DEFAULT_CACHE_GENERATION_REFRESH_MILLIS, 0, MOST_REFRESH_MILLIS, "milliseconds"));
        cacheLocalEntries = (int) wholeNumber(setting, warn, CACHE_LOCAL_ENTRIES, DEFAULT_CACHE_LOCAL_ENTRIES,
                1, MOST_LOCAL_ENTRIES, "entries");
        metricsSnapshotAge = Duration.ofMillis(wholeNumber(setting, warn, METRICS_SNAPSHOT_AGE,
                DEFAULT_METRICS_SNAPSHOT_AGE_MILLIS, 0, MOST_REFRESH_MILLIS, "milliseconds"));
        sessionTimeoutMinutes = (int) wholeNumber(setting, warn, SESSION_TIMEOUT, DEFAULT_SESSION_TIMEOUT_MINUTES,
                1, MOST_SESSION_MINUTES, "minutes");
        signInFirstWait = Duration.ofSeconds(wholeNumber(setting, warn, SIGNIN_FIRST_WAIT,
                DEFAULT_SIGNIN_FIRST_WAIT.toSeconds(), 1, MOST_SIGNIN_FIRST_WAIT_SECONDS, "seconds"));
    }

    /** Seconds a rendered public response may be served at most; 0 turns the response cache off. */
    public long cacheTimeoutSeconds() {
        return cacheTimeoutSeconds;
    }

    /** Seconds a browser or a shared cache in front may reuse a public response without asking again. */
    public long cacheMaxAgeSeconds() {
        return cacheMaxAgeSeconds;
    }

    /** How often an instance checks the database for changes made outside the dashboard. */
    public Duration cacheProbeInterval() {
        return cacheProbeInterval;
    }

    /** How long an instance trusts the cache generation it last read from the data grid. */
    public Duration cacheGenerationRefresh() {
        return cacheGenerationRefresh;
    }

    /** How many decoded responses an instance keeps beside the data grid before it starts over. */
    public int cacheLocalEntries() {
        return cacheLocalEntries;
    }

    /** How old the events behind the metrics' gauges may be; 0 reads them for every gauge. */
    public Duration metricsSnapshotAge() {
        return metricsSnapshotAge;
    }

    /** Minutes of inactivity after which a session (an operator's sign-in) ends. */
    public int sessionTimeoutMinutes() {
        return sessionTimeoutMinutes;
    }

    /** How long the local sign-in makes a client wait after its first failure beyond the free ones. */
    public Duration signInFirstWait() {
        return signInFirstWait;
    }

    /**
     * The setting as a whole number from {@code least} to {@code most}; its default when absent or
     * blank, and also, reported through {@code warn}, when it is anything else.
     */
    static long wholeNumber(Function<String, Optional<String>> setting, BiConsumer<String, String> warn,
            String name, long defaultValue, long least, long most, String unit) {
        Optional<String> value = setting.apply(name).map(String::strip).filter(given -> !given.isEmpty());
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            long number = Long.parseLong(value.get());
            if (number >= least && number <= most) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, as a number out of range is
        }
        String range = most == UNBOUNDED ? least + " or more" : "from " + least + " to " + most;
        warn.accept(name, "whole " + unit + ", " + range + "; using " + defaultValue);
        return defaultValue;
    }
}
