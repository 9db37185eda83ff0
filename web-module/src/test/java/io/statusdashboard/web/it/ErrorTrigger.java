package io.statusdashboard.web.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Fails on request, for the error-page tests: {@code ?status=N} answers N through sendError with a
 * message full of server internals, {@code ?throw} throws. Added to the deployment by
 * {@link ErrorPagesIT} only.
 */
@WebServlet({"/it/error", "/api/it/error"})
public class ErrorTrigger extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String INTERNALS = "java.lang.IllegalStateException: Payara jakarta.servlet internals";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("throw") != null) {
            throw new IllegalStateException(INTERNALS);
        }
        response.sendError(Integer.parseInt(request.getParameter("status")), INTERNALS);
    }
}
