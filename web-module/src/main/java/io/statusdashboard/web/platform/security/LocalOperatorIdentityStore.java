package io.statusdashboard.web.platform.security;

import io.statusdashboard.incident.api.CallerRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Checks the local operator's password and grants the admin role (and so the operator's); only
 * present without an OpenID Connect provider. It provides the roles itself: no other store adds
 * roles in this mode.
 */
@ApplicationScoped
@SignInMode(openId = false)
public class LocalOperatorIdentityStore implements IdentityStore {

    @Inject
    private LocalOperatorAccount account;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential login
                && account.matches(login.getCaller(), login.getPasswordAsString())) {
            return new CredentialValidationResult(login.getCaller(), Roles.of(CallerRole.ADMIN));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
