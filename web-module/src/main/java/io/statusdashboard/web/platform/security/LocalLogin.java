package io.statusdashboard.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The local operator signs in on the dashboard's own form at {@code /login}. Only a bean, and so
 * only active, when no OpenID Connect provider is configured.
 */
@ApplicationScoped
@SignInMode(openId = false)
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
public class LocalLogin {}
