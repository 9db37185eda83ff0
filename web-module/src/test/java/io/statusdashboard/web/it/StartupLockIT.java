package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.platform.startup.StartupLock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lock that instances take around migrations and catalog provisioning, on the test run's
 * database (H2 and PostgreSQL): each "instance" here has its own DataSource, so its own connections,
 * as two JVMs would. No container is needed; the dashboard's start-up wires it in.
 */
class StartupLockIT {

    private static final Duration WORK = Duration.ofMillis(700);
    private static DataSource firstInstance;
    private static DataSource secondInstance;
    private static ExecutorService instances;

    @BeforeAll
    static void twoInstancesOfOneDatabase() throws Exception {
        TestDatabase database = new TestDatabase(databaseOfItsOwn());
        firstInstance = database.dataSource();
        secondInstance = database.dataSource();
        instances = Executors.newFixedThreadPool(2);
    }

    /**
     * PostgreSQL: the test run's database, whose advisory locks no dashboard holds once started.
     * H2: a file of its own, since the run's file may still be served by the previous test class's
     * dashboard while it shuts down (AUTO_SERVER), and a connection opened through it breaks when
     * that JVM exits.
     */
    private static String databaseOfItsOwn() {
        String runs = System.getProperty("it.database.uri");
        if (new TestDatabase(runs).isPostgreSql()) {
            return runs;
        }
        return "jdbc:h2:file:" + Path.of("target", "it-h2", "startup-lock").toAbsolutePath();
    }

    @AfterAll
    static void stop() {
        instances.shutdownNow();
    }

    @Test
    void instancesStartedTogetherPrepareTheDatabaseOneAfterTheOther() throws Exception {
        List<long[]> intervals = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch bothReady = new CountDownLatch(2);
        List<Future<?>> starts = new ArrayList<>();
        for (DataSource instance : List.of(firstInstance, secondInstance)) {
            starts.add(instances.submit(() -> {
                bothReady.countDown();
                await(bothReady);
                new StartupLock(instance, Duration.ofSeconds(60)).runExclusively(() -> {
                    long began = System.nanoTime();
                    sleep(WORK);
                    intervals.add(new long[] {began, System.nanoTime()});
                });
            }));
        }
        for (Future<?> start : starts) {
            start.get(2, TimeUnit.MINUTES);
        }
        assertEquals(2, intervals.size(), "both instances did their work");
        intervals.sort((a, b) -> Long.compare(a[0], b[0]));
        assertTrue(intervals.get(1)[0] >= intervals.get(0)[1],
                "the second began " + (intervals.get(0)[1] - intervals.get(1)[0]) / 1_000_000 + " ms before the first ended");
    }

    @Test
    void aFailedPreparationReleasesTheLock() throws Exception {
        assertThrows(IllegalStateException.class, () -> new StartupLock(firstInstance, Duration.ofSeconds(5))
                .runExclusively(() -> {
                    throw new IllegalStateException("migration failed");
                }));
        long began = System.nanoTime();
        List<String> ran = new ArrayList<>();
        new StartupLock(secondInstance, Duration.ofSeconds(30)).runExclusively(() -> ran.add("second"));
        assertEquals(List.of("second"), ran);
        assertTrue(System.nanoTime() - began < Duration.ofSeconds(5).toNanos(), "taken without waiting");
    }

    @Test
    void anInstanceGivesUpWhenTheOtherHoldsTheLockBeyondTheWait() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = instances.submit(() -> new StartupLock(firstInstance, Duration.ofSeconds(30))
                .runExclusively(() -> {
                    holding.countDown();
                    await(release);
                }));
        try {
            assertTrue(holding.await(1, TimeUnit.MINUTES));
            List<String> ran = new ArrayList<>();
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> new StartupLock(secondInstance, Duration.ofSeconds(2)).runExclusively(() -> ran.add("second")));
            assertTrue(refused.getMessage().contains("Another instance"), refused.getMessage());
            assertEquals(List.of(), ran);
        } finally {
            release.countDown();
            holder.get(1, TimeUnit.MINUTES);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
