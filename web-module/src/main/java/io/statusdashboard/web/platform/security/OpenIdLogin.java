package io.statusdashboard.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Operators sign in with the configured OpenID Connect provider (discovery through
 * {@code {issuer}/.well-known/openid-configuration}); groups come from the {@code groups} claim.
 * Only a bean, and so only active, when {@code SDB_OPENID_ISSUER_URL} is set.
 *
 * <p>Back from the provider the operator lands on {@link CallbackServlet}, which sends them on to
 * the page they came from: Soteria's own return to the original resource fails on this Payara
 * (a NullPointerException restoring the saved request).
 */
@ApplicationScoped
@SignInMode(openId = true)
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${openIdSettings.issuer}",
        clientId = "${openIdSettings.clientId}",
        clientSecret = "${openIdSettings.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        // No group claim for the mechanism: it would make the provider's groups roles as they are
        // (a group named "operator" anywhere at the provider). OperatorGroupStore reads the groups.
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = ""),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
public class OpenIdLogin {}
