package io.statusdashboard.web.platform.security;

import io.statusdashboard.web.platform.cache.PersonalRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A read is personal for a signed-in operator (pages show their name and their forms) and, on
 * API v2, for a caller whose token its writes would accept (the answer includes maintenance
 * requests waiting for review). A header that is no such token leaves the read shared.
 */
@ApplicationScoped
public class SignedInReads implements PersonalRequests {

    @Inject
    private ApiTokens tokens;

    @Override
    public boolean isPersonal(HttpServletRequest request, String path) {
        if (OperatorSession.isSignedIn(request)) {
            return true;
        }
        return path.startsWith("/v2/") && request.getHeader("Authorization") != null
                && tokens.verdictOf(request).caller().isPresent();
    }
}
