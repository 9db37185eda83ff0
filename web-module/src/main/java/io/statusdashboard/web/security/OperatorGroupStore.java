package io.statusdashboard.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Grants the operator role after a sign-in through the provider: to everyone the provider signs in,
 * or, with {@code SDB_OPENID_REQUIRED_GROUP}, only to members of that group (the {@code groups}
 * claim of the ID token, or of the user info). A user outside the group is authenticated without
 * the role and meets the 403 page.
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
        Optional<String> requiredGroup = settings.requiredGroup();
        return roles(requiredGroup, requiredGroup.isPresent() ? providerGroups() : Set.of());
    }

    /** The roles of a user in these provider groups: the decision, apart from where the groups come from. */
    static Set<String> roles(Optional<String> requiredGroup, Set<String> providerGroups) {
        boolean member = requiredGroup.map(providerGroups::contains).orElse(true);
        return member ? Set.of(Roles.OPERATOR) : Set.of();
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
