package io.statusdashboard.web.page.layout;

import io.statusdashboard.catalog.api.CatalogChanged;
import io.statusdashboard.catalog.api.CatalogQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catalog's regions as every page's header lists them, read at most once a minute and at once
 * after a change of this instance's catalog. Every page and every error page shows the header: read
 * per request, a database that is down would be asked again for each of them, and each failed
 * attempt costs the pool's wait; here the last list read stays in use until the database answers.
 */
@ApplicationScoped
public class KnownRegions {

    private static final Logger LOG = Logger.getLogger(KnownRegions.class.getName());
    private static final long REFRESH_NANOS = Duration.ofMinutes(1).toNanos();

    @Inject
    private CatalogQueries catalog;

    private volatile List<String> regions;
    private volatile long readAt;

    public List<String> regions() {
        List<String> known = regions;
        if (known == null || System.nanoTime() - readAt > REFRESH_NANOS) {
            // Whether it succeeds or not, the next attempt waits its turn: a failing database is
            // not asked again by every request meanwhile.
            readAt = System.nanoTime();
            try {
                known = List.copyOf(catalog.regions());
                regions = known;
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "The regions could not be read; the header keeps the last known ones", e);
            }
        }
        return known == null ? List.of() : known;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged changed) {
        readAt = System.nanoTime() - REFRESH_NANOS - 1;
    }
}
