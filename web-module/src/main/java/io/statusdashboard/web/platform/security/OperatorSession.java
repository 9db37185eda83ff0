package io.statusdashboard.web.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Whether a request belongs to a signed-in operator, as the server knows it: a principal the
 * authentication mechanism set, or a session {@link SessionRotationFilter} marked at sign-in. A
 * session cookie alone proves nothing: anyone can send a made-up one, and a visitor who opened the
 * sign-in page and left holds a real session without being an operator.
 */
public final class OperatorSession {

    private OperatorSession() {}

    /** Meaningful once {@link SessionRotationFilter} has run for the request (web.xml orders the filters). */
    public static boolean isSignedIn(HttpServletRequest request) {
        if (request.getUserPrincipal() != null) {
            return true;
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SessionRotationFilter.SIGNED_IN_AS) != null;
    }
}
