package io.statusdashboard.web.platform.security;

import io.statusdashboard.web.DashboardSettings;
import io.statusdashboard.web.platform.cache.SharedCounters;
import io.statusdashboard.web.platform.database.DatabaseScope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.cache.CacheManager;

/**
 * The local sign-in's {@link SignInThrottle}, with its counters in the data grid (JCache): instances
 * behind one load balancer share them, so a guesser gets no more attempts by spreading them over
 * the instances. Hazelcast's default eviction keeps about 10,000 entries in such a cache (split over
 * its partitions) and evicts the least recently used beyond that, which bounds the memory a flood
 * of names or addresses can take, while a counter under attack, used all the time, stays. A counter
 * also ends {@link SignInThrottle.Policy#forgetAfter()} after its last change.
 *
 * <p>The client is {@code request.getRemoteAddr()}: behind a reverse proxy that is the proxy, whose
 * {@code X-Forwarded-For} any client could write, so it is not believed. The per-account limit holds
 * either way.
 */
@ApplicationScoped
public class SignInAttempts {

    private static final String COUNTERS = "status-dashboard-sign-in-attempts-";
    /** The same bound as the data grid's default, for an installation without one. */
    private static final int LOCAL_CAPACITY = 10_000;
    private static final Logger LOG = Logger.getLogger(SignInAttempts.class.getName());

    @Inject
    private Instance<CacheManager> cacheManagers;

    @Inject
    private DashboardSettings settings;

    private SignInThrottle throttle;

    @PostConstruct
    void open() {
        SignInThrottle.Policy policy = SignInThrottle.withFirstWait(settings.signInFirstWait());
        // Named after the database: dashboards of other databases in the same grid have other accounts.
        SharedCounters counters = SharedCounters.open(cacheManagers, COUNTERS, DatabaseScope.current(),
                policy.forgetAfter(), false, LOCAL_CAPACITY, LOG);
        throttle = new SignInThrottle(counters, policy, Clock.systemUTC());
    }

    /** Empty when the attempt may go ahead; else how long the client must wait (nothing was checked). */
    public Optional<Duration> admit(String userName, String address) {
        Optional<Duration> wait = throttle.admit(userName, address);
        wait.ifPresent(duration -> SignInLog.refused(userName, address, duration));
        return wait;
    }

    public void failed(String userName, String address) {
        throttle.failed(userName, address);
        SignInLog.failed(userName, address);
    }

    public void succeeded(String userName, String address) {
        throttle.succeeded(userName, address);
        SignInLog.succeeded(userName, address);
    }
}
