package io.statusdashboard.web.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code /logout}. A GET only shows a page with a sign-out button: a link, an image or another
 * site's page cannot sign an operator out. The POST of that button (or of the header's) carries
 * the session's {@link CsrfToken}; it ends the operator's session and, where the provider offers
 * it, the provider's session too (the OpenID mechanism then redirects to the provider's
 * end-session endpoint). A POST without the token signs nobody out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/WEB-INF/views/logout.xhtml";
    /** Request attribute telling the page that a sign-out was refused. */
    static final String REFUSED = "io.statusdashboard.signOutRefused";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            // Nobody to sign out (the session may have ended meanwhile).
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        if (!CsrfToken.matches(request)) {
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(PAGE).forward(request, response);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }
}
