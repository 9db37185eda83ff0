package io.statusdashboard.web.platform.security;

import io.statusdashboard.web.platform.language.PageTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * The 403 page. A user the provider signed in who is in none of the role groups is signed out
 * here, so the refused user is not left signed in; someone with a role that does not reach this
 * page (a creator on an operator page) stays signed in.
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
        // A signed-in user refused for another reason (a role too low, an expired form) stays
        // signed in.
        if (session != null && caller != null && !isWithRole()) {
            session.invalidate();
        }
    }

    /** Whether the caller holds any of the dashboard's roles. */
    public boolean isWithRole() {
        return Faces.isUserInRole(Roles.CREATOR);
    }

    public String getCaller() {
        return caller;
    }

    /** Why the caller is refused, with the groups that give access when any is configured, in the page's language. */
    public String getRefusal() {
        List<String> groups = settings.roleMapping().groups();
        if (groups.isEmpty()) {
            return PageTexts.format("access.refused", caller);
        }
        if (groups.size() == 1) {
            return PageTexts.format("access.refusedOneGroup", caller, groups.get(0));
        }
        return PageTexts.format("access.refusedGroups", caller, String.join(", ", groups));
    }
}
