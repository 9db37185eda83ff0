package io.statusdashboard.web.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Tells a container test how many statements, and rows, {@link CountingDataSource} has seen so far. */
@WebServlet({"/it/statements", "/it/rows"})
public class StatementCountServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(request.getServletPath().endsWith("/rows") ? CountingDataSource.ROWS_READ.get()
                : CountingDataSource.EXECUTED.get());
    }
}
