package io.statusdashboard.web.api.v1;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Counts status reports by outcome: accepted (201), conflict (409) or refused (any other answer). */
@Provider
@StatusReportEndpoint
public class StatusReportCounter implements ContainerResponseFilter {

    static final String REPORTS = "sdb_status_reports";

    @Inject
    private MetricRegistry registry;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String outcome = switch (response.getStatus()) {
            case 201 -> "accepted";
            case 409 -> "conflict";
            default -> "refused";
        };
        registry.counter(REPORTS, new Tag("outcome", outcome)).inc();
    }
}
