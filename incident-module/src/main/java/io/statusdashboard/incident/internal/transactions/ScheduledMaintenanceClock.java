package io.statusdashboard.incident.internal.transactions;

import io.statusdashboard.incident.api.MaintenanceClock;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link MaintenanceClockPass} on the server's default managed scheduled executor (present on
 * Payara Micro and on a full server alike), at the multiples of {@code SDB_CHECKER_INTERVAL_S} (see
 * {@link IntervalBoundaries}). Every instance schedules its own passes; the pass's database lock
 * makes them take turns. A failed pass is logged and the next one tries again.
 *
 * <p>Each pass runs in a transaction begun here, which the pass's {@code @Transactional} joins. On
 * the executor's thread (and the start-up's) Payara enlists a connection taken from the dashboard's
 * {@code DataSource} only in a transaction begun through {@link UserTransaction}: with the
 * interceptor's alone, the outbox's record of the pass's changes, written on such a connection in
 * the pass's transaction, would commit by itself, even when the pass then rolled back, and a
 * webhook sender could announce the change before it committed.
 */
@ApplicationScoped
public class ScheduledMaintenanceClock implements MaintenanceClock {

    private static final Logger LOG = Logger.getLogger(ScheduledMaintenanceClock.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService executor;

    @Inject
    private MaintenanceClockPass pass;

    @Inject
    private IncidentSettings settings;

    @Resource
    private UserTransaction transaction;

    private final Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> schedule;

    @Override
    public synchronized void start() {
        if (schedule != null) {
            return;
        }
        Duration interval = settings.checkerInterval();
        runPass();
        schedule = executor.schedule(this::runPass, new IntervalBoundaries(interval, clock));
        LOG.info(() -> "Maintenance clock started: a pass every " + interval.toSeconds() + " s");
    }

    private void runPass() {
        try {
            transaction.begin();
            try {
                pass.run(LocalDateTime.now(clock));
                transaction.commit();
            } catch (Exception | Error e) {
                rollBack(e);
                throw e;
            }
        } catch (Exception e) {
            if (OptimisticLockFailures.causedByOptimisticLock(e)) {
                // With the passes taking turns at the lock, that is an operator's save of the same event.
                LOG.info("Maintenance clock pass rolled back: an event it changed was saved meanwhile;"
                        + " the next pass continues");
            } else {
                LOG.log(Level.WARNING, "Maintenance clock pass rolled back; the next pass tries again", e);
            }
        }
    }

    /** After a pass that threw, or whose commit failed: the thread must not keep the transaction. */
    private void rollBack(Throwable failure) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
