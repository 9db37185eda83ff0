package io.statusdashboard.web.api.v1;

import io.statusdashboard.web.api.ApiError;
import io.statusdashboard.web.platform.security.MonitoringSecret;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;

/** Refuses a status report ({@link StatusReportEndpoint}) without a good monitoring token: 401 with a JSON message. */
@Provider
@StatusReportEndpoint
@Priority(Priorities.AUTHENTICATION)
public class MonitoringTokenFilter implements ContainerRequestFilter {

    @Inject
    private MonitoringSecret secret;

    @Override
    public void filter(ContainerRequestContext request) {
        secret.verifier().refusal(request.getHeaderString(HttpHeaders.AUTHORIZATION), Instant.now())
                .ifPresent(reason -> request.abortWith(Response.fromResponse(
                                ApiError.response(Response.Status.UNAUTHORIZED, reason))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                        .build()));
    }
}
