package io.statusdashboard.web.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Gives a session a new id on its first request after a sign-in. The OpenID Connect sign-in keeps
 * its state in the session it started with; once it has completed, that id is replaced, so an id
 * planted or seen before the sign-in never carries an operator's rights.
 *
 * <p>Mapped in web.xml, where the order of the filters is fixed.
 */
public class SessionRotationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String SIGNED_IN_AS = "io.statusdashboard.signedInAs";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            String caller = request.getUserPrincipal().getName();
            if (!caller.equals(session.getAttribute(SIGNED_IN_AS))) {
                request.changeSessionId();
                session.setAttribute(SIGNED_IN_AS, caller);
            }
        }
        chain.doFilter(request, response);
    }
}
