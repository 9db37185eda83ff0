package io.statusdashboard.web.security;

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

/**
 * Gives the responses of the sign-in mechanism (the redirect to {@code /login} or to the provider,
 * a refused callback) the security headers. The container asks the mechanism before any servlet
 * filter runs, so {@link SecurityHeadersFilter} never sees those responses; Soteria applies CDI
 * decorators to the mechanisms it defines, and this one runs first on every request.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SecurityHeadersOnAuthentication implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    private HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        SecurityHeadersFilter.addTo(request, response);
        return mechanism.validateRequest(request, response, context);
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
