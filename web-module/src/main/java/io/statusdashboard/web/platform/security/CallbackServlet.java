package io.statusdashboard.web.platform.security;

import io.statusdashboard.web.platform.errors.ErrorPage;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code /Callback}, the redirect URI registered with the provider. The OpenID mechanism has
 * already checked the state and exchanged the code when a request gets here (a callback it refuses
 * ends on the 401 page, see {@link SignInResponses}); this sends the operator on to the page
 * remembered when the sign-in started.
 */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String RETURN_TARGET = "io.statusdashboard.returnTarget";
    /** The page bundle's "The sign-in could not be completed. Please sign in again." */
    static final String NOT_COMPLETED_KEY = "detail.signInNotCompleted";

    static void rememberReturnTarget(HttpServletRequest request, String target) {
        request.getSession().setAttribute(RETURN_TARGET, target);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            // Not a completed sign-in: a forged, replayed or stale callback.
            ErrorPage.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, NOT_COMPLETED_KEY);
            return;
        }
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(RETURN_TARGET);
        if (session != null) {
            session.removeAttribute(RETURN_TARGET);
        }
        response.sendRedirect(request.getContextPath() + ReturnTarget.safe(target == null ? null : target.toString()));
    }
}
