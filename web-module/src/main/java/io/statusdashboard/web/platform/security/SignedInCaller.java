package io.statusdashboard.web.platform.security;

import io.statusdashboard.incident.api.AccessRules;
import io.statusdashboard.incident.api.Action;
import io.statusdashboard.incident.api.Actor;
import io.statusdashboard.incident.api.CallerRole;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.omnifaces.util.Faces;

/**
 * The person signed in to the pages as the role table ({@link AccessRules}) sees them: their role
 * and the name API tokens give the same person ({@code preferred_username}, else the account), so
 * that a request made through the API is theirs on the pages too. Pages ask it what to show.
 */
@Named
@RequestScoped
public class SignedInCaller {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Instance<OpenIdContext> openIdContext;

    @Inject
    private EventQueries events;

    private Optional<Actor> actor;
    private Long pendingReviews;

    public Optional<Actor> get() {
        if (actor == null) {
            actor = Optional.ofNullable(securityContext.getCallerPrincipal()).flatMap(principal -> role()
                    .map(role -> new Actor(name(principal.getName()), role)));
        }
        return actor;
    }

    private Optional<CallerRole> role() {
        if (securityContext.isCallerInRole(Roles.ADMIN)) {
            return Optional.of(CallerRole.ADMIN);
        }
        if (securityContext.isCallerInRole(Roles.OPERATOR)) {
            return Optional.of(CallerRole.OPERATOR);
        }
        if (securityContext.isCallerInRole(Roles.CREATOR)) {
            return Optional.of(CallerRole.CREATOR);
        }
        return Optional.empty();
    }

    private String name(String principal) {
        if (OpenIdSettings.isConfigured(ConfigProvider.getConfig()) && openIdContext.isResolvable()) {
            String preferred = openIdContext.get().getClaimsJson().getString("preferred_username", null);
            if (preferred != null && !preferred.isBlank()) {
                return preferred;
            }
        }
        return principal;
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public boolean may(Action action) {
        return get().filter(caller -> AccessRules.mayEver(caller.role(), action)).isPresent();
    }

    /** Signed in with the creator role only: requests maintenances, runs nothing. */
    public boolean isCreatorOnly() {
        return get().filter(caller -> caller.role() == CallerRole.CREATOR).isPresent();
    }

    /** May see and approve maintenance requests, and the activity of everyone. */
    public boolean isReviewer() {
        return may(Action.REVIEW_REQUESTS);
    }

    /** Whether this person may see this event before it is published: reviewers, and its creator. */
    public boolean maySee(EventView event) {
        if (event.isPublished()) {
            return true;
        }
        return get().filter(caller -> AccessRules.mayEver(caller.role(), Action.REVIEW_REQUESTS)
                || caller.name().equals(event.creator())).isPresent();
    }

    /** The header's "N to review": read once per request, only for reviewers. */
    public long getPendingReviewCount() {
        if (pendingReviews == null) {
            pendingReviews = isReviewer() ? events.pendingReviewCount() : 0L;
        }
        return pendingReviews;
    }

    /** The {@link CsrfToken} the sign-out form carries. */
    public String getFormToken() {
        return isSignedIn() ? CsrfToken.of(Faces.getSession(true)) : "";
    }

    public String getName() {
        return get().map(Actor::name).orElse("");
    }
}
