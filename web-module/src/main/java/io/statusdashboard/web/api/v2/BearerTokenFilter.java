package io.statusdashboard.web.api.v2;

import io.statusdashboard.web.platform.security.ApiTokens;
import io.statusdashboard.web.platform.security.TokenVerdict;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks the bearer token of a {@link TokenRequired} method before anything else reads the
 * request — its path ids, its body — so that a caller without a good token learns nothing but 401
 * {@code {"errMsg":"not authenticated"}}, as status-dashboard-v3 answers. An accepted token's caller
 * goes into {@link CurrentApiCaller}. Refusals are logged with their reason, never with the token.
 */
@Provider
@TokenRequired
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    static final String NOT_AUTHENTICATED = "not authenticated";

    private static final Logger LOG = Logger.getLogger(BearerTokenFilter.class.getName());

    @Inject
    private ApiTokens tokens;

    @Inject
    private CurrentApiCaller currentCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        TokenVerdict verdict = tokens.verify(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (verdict.caller().isPresent()) {
            currentCaller.set(verdict.caller().get());
            return;
        }
        // Without a token it is most likely a client that was not set up yet; a token refused is worth seeing.
        Level level = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null ? Level.FINE : Level.INFO;
        LOG.log(level, () -> "API v2 write refused, " + request.getMethod() + " "
                + request.getUriInfo().getRequestUri().getRawPath() + ": " + verdict.refusal());
        request.abortWith(Response.fromResponse(V2ExceptionMappers.response(401, NOT_AUTHENTICATED))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build());
    }
}
