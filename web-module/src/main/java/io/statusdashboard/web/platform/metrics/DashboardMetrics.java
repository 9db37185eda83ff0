package io.statusdashboard.web.platform.metrics;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.web.DashboardSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges of what the status page shows: per component its status level (0 operational, 1 minor,
 * 2 major, 3 outage) and whether it is under maintenance, and the open incidents per impact.
 * One scrape reads the events once: the gauges share a snapshot at most
 * {@code SDB_METRICS_SNAPSHOT_AGE_MS} old.
 */
@ApplicationScoped
public class DashboardMetrics {

    static final String COMPONENT_STATUS = "sdb_component_status";
    static final String COMPONENT_MAINTENANCE = "sdb_component_in_maintenance";
    static final String OPEN_INCIDENTS = "sdb_open_incidents";

    @Inject
    private MetricRegistry registry;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private EventQueries events;

    @Inject
    private DashboardSettings settings;

    private long snapshotAgeNanos;
    private volatile CurrentEvents snapshot;
    private volatile long snapshotNanos;

    @PostConstruct
    void read() {
        snapshotAgeNanos = settings.metricsSnapshotAge().toNanos();
    }

    /** Registers the gauges for the catalog as it is after provisioning. */
    public void register() {
        Metadata status = Metadata.builder().withName(COMPONENT_STATUS)
                .withDescription("Status of a component: 0 operational, 1 minor, 2 major, 3 outage").build();
        Metadata maintenance = Metadata.builder().withName(COMPONENT_MAINTENANCE)
                .withDescription("1 while the component is under an active maintenance").build();
        for (ComponentView component : catalog.components()) {
            Tag[] tags = {
                new Tag("component", component.name()),
                new Tag("region", Objects.requireNonNullElse(component.region(), "")),
                new Tag("type", Objects.requireNonNullElse(component.type(), String.valueOf(component.id())))
            };
            registry.gauge(status, component.id(), this::statusLevel, tags);
            registry.gauge(maintenance, component.id(), this::inMaintenance, tags);
        }
        Metadata open = Metadata.builder().withName(OPEN_INCIDENTS).withDescription("Active incidents by impact").build();
        for (Impact impact : new Impact[] {Impact.MINOR, Impact.MAJOR, Impact.OUTAGE}) {
            registry.gauge(open, impact, this::openIncidents, new Tag("impact", impact.label()));
        }
    }

    private int statusLevel(int componentId) {
        return current().prioritizedEventOf(componentId)
                .filter(EventView::isIncident)
                .map(event -> event.impact().level())
                .orElse(0);
    }

    private int inMaintenance(int componentId) {
        return current().prioritizedEventOf(componentId).filter(EventView::isMaintenance).isPresent() ? 1 : 0;
    }

    private long openIncidents(Impact impact) {
        return current().activeIncidents().stream().filter(event -> event.impact() == impact).count();
    }

    private CurrentEvents current() {
        long now = System.nanoTime();
        CurrentEvents taken = snapshot;
        if (taken == null || now - snapshotNanos >= snapshotAgeNanos) {
            taken = events.current(LocalDateTime.now(ZoneOffset.UTC));
            snapshot = taken;
            snapshotNanos = now;
        }
        return taken;
    }
}
