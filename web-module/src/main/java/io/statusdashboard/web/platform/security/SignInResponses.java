package io.statusdashboard.web.platform.security;

import io.statusdashboard.web.platform.errors.ErrorPage;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Makes the sign-in mechanism's own responses the dashboard's. The container asks the mechanism
 * before any servlet filter runs, so {@link SecurityHeadersFilter} never sees its redirects (to
 * {@code /login} or to the provider) and refusals: this adds the security headers first, on every
 * request. A sign-in the mechanism refuses by itself, such as a callback from the provider with a
 * forged, replayed or stale state, answers the dashboard's 401 page, where the container would send
 * an empty one; a refusal the dashboard asked for (the local sign-in form) is left to the page that
 * asked, which shows it beside the field. Soteria applies CDI decorators to the mechanisms it defines.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SignInResponses implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism mechanism;

    @Inject
    private SecurityHeaders headers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        headers.addTo(request, response);
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SEND_FAILURE && !context.isAuthenticationRequest()
                && !response.isCommitted()) {
            try {
                ErrorPage.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, CallbackServlet.NOT_COMPLETED_KEY);
            } catch (IOException e) {
                throw new AuthenticationException(e);
            }
        }
        return status;
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return mechanism.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        mechanism.cleanSubject(request, response, context);
    }
}
