package io.statusdashboard.web.platform.health;

import io.statusdashboard.web.platform.cache.ResponseCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the data grid answers. Its member does not come back once stopped (Hazelcast stops it
 * when the heap runs out), and every cached page and shared counter fails with it: only a restart
 * mends that, which is what a failed liveness probe asks the orchestrator for.
 */
@Liveness
@ApplicationScoped
public class DataGridLiveness implements HealthCheck {

    @Inject
    private ResponseCache cache;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("data-grid").status(cache.gridAnswers()).build();
    }
}
