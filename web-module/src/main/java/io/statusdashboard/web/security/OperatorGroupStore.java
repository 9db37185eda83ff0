package io.statusdashboard.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Grants the operator role after a sign-in: to everyone the provider signs in, or, with
 * {@code SDB_OPENID_REQUIRED_GROUP}, only to members of that group (from the {@code groups} claim).
 * A user outside the group is authenticated without the role and meets the 403 page.
 */
@ApplicationScoped
public class OperatorGroupStore implements IdentityStore {

    @Inject
    private OpenIdSettings settings;

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        Set<String> groups = validationResult.getCallerGroups();
        if (groups.contains(Roles.OPERATOR)) {
            return Set.of(Roles.OPERATOR);
        }
        boolean member = settings.requiredGroup().map(groups::contains).orElse(true);
        return member ? Set.of(Roles.OPERATOR) : Set.of();
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.PROVIDE_GROUPS);
    }
}
