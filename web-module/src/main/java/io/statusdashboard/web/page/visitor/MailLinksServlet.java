package io.statusdashboard.web.page.visitor;

import io.statusdashboard.web.subscription.MailSubscriptions;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The actions behind the links in mails, as plain POSTs that need no session or page state: the
 * confirmation page's button, the unsubscribe page's button, and a mail client's one-click
 * unsubscribe (RFC 8058: a POST of {@code List-Unsubscribe=One-Click} to the URL of the
 * {@code List-Unsubscribe} header). The token is the authority; there is nothing a cross-site form
 * could do with one it does not have. A GET (a client that does not do one-click) leads to the page
 * with the button. Redirects are relative to this site, never built from {@code Host}.
 */
@WebServlet(urlPatterns = {"/mail/confirm", "/mail/unsubscribe"})
public class MailLinksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TOKEN = "token";

    @Inject
    private transient MailSubscriptions mail;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter(TOKEN);
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().equals("/mail/confirm")) {
            boolean confirmed = mail.confirm(token);
            redirect(request, response, "/subscription/done?outcome=" + (confirmed ? "confirmed" : "invalid"));
            return;
        }
        mail.unsubscribe(token);
        if ("One-Click".equals(request.getParameter("List-Unsubscribe"))) {
            // Whether or not the token was still known: the address gets no more mail either way.
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Unsubscribed.\n");
            return;
        }
        redirect(request, response, "/subscription/done?outcome=unsubscribed");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter(TOKEN);
        String page = request.getServletPath().equals("/mail/confirm") ? "/subscription/confirm"
                : "/subscription/unsubscribe";
        response.setHeader("Cache-Control", "no-store");
        redirect(request, response, token == null ? "/subscribe"
                : page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }
}
