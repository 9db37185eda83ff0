package io.statusdashboard.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * The 403 page: a user the provider signed in who is not in {@code SDB_OPENID_REQUIRED_GROUP}.
 * The session ends here, so the refused user is not left signed in.
 */
@Named
@RequestScoped
public class AccessDeniedPage {

    @Inject
    private OpenIdSettings settings;

    private String caller;

    public void refuse() {
        caller = Faces.getRemoteUser();
        HttpSession session = Faces.getSession(false);
        // Only a signed-in user without the operator role is signed out; an operator refused for
        // another reason (an expired form) stays signed in.
        if (session != null && caller != null && !Faces.isUserInRole(Roles.OPERATOR)) {
            session.invalidate();
        }
    }

    public boolean isOperator() {
        return Faces.isUserInRole(Roles.OPERATOR);
    }

    public String getCaller() {
        return caller;
    }

    public Optional<String> getRequiredGroup() {
        return settings.requiredGroup();
    }
}
