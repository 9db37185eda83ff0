package io.statusdashboard.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Grants roles after a sign-in through the provider, from the {@code groups} claim of the ID token
 * (or of the user info) through {@link RoleMapping}: creators, operators and admins by the configured
 * groups, the highest winning. A user in none of them is authenticated without a role and meets the
 * 403 page. Without any role group configured, everyone the provider signs in is an operator.
 *
 * <p>This store is the only source of roles in this mode. The provider's groups never become roles
 * by themselves (a group someone named {@value Roles#OPERATOR} at the provider means nothing
 * here): {@link OpenIdLogin} points the mechanism's own group claim at nothing, and this store
 * reads the groups.
 */
@ApplicationScoped
@SignInMode(openId = true)
public class OperatorGroupStore implements IdentityStore {

    static final String GROUPS_CLAIM = "groups";

    @Inject
    private OpenIdSettings settings;

    @Inject
    private OpenIdContext openIdContext;

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        RoleMapping mapping = settings.roleMapping();
        return mapping.signInRoles(mapping.namesAnyGroup() ? providerGroups() : Set.of());
    }

    /** The mechanism has put the validated tokens into the context before stores provide groups. */
    private Set<String> providerGroups() {
        Set<String> groups = new HashSet<>();
        if (openIdContext.getIdentityToken() != null) {
            groups.addAll(openIdContext.getIdentityToken().getJwtClaims().getArrayStringClaim(GROUPS_CLAIM));
        }
        if (groups.isEmpty()) {
            groups.addAll(openIdContext.getClaims().getArrayStringClaim(GROUPS_CLAIM));
        }
        return groups;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.PROVIDE_GROUPS);
    }
}
