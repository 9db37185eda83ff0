package io.statusdashboard.web.platform.errors;

import io.statusdashboard.web.platform.database.DatabaseOutage;
import io.statusdashboard.web.platform.language.PageTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.omnifaces.util.Exceptions;
import org.omnifaces.util.Faces;

/**
 * Backs the error page web.xml names for every status and exception: a heading and a sentence a
 * visitor understands, never the server's message, an exception or a stack. Only a sentence the
 * dashboard's own code gave through {@link #send} is shown as it is. Under {@code /api/} the
 * answer is the API's JSON error instead, should a failure ever get past JAX-RS.
 */
@Named
@RequestScoped
public class ErrorPage {

    /** Where web.xml sends every error but 403. */
    static final String LOCATION = "/WEB-INF/errorpages/error.xhtml";
    static final String DETAIL = "io.statusdashboard.errorDetail";
    private static final String API = "/api/";
    /** The API's messages stay English whatever the caller's language. */
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("io.statusdashboard.web.Texts", Locale.ENGLISH);

    /** The English words (the API's message) and their keys in the page bundle, {@code error.<key>.heading} and {@code .explanation}. */
    private record Text(String key, String heading, String explanation) {}

    private static final Map<Integer, Text> TEXTS = Map.of(
            400, new Text("400", "Request not understood",
                    "The address or the form could not be read. Check the link, or go back and try again."),
            401, new Text("401", "Sign-in needed", "This page is for operators. Sign in, then try again."),
            403, new Text("403", "Not allowed", "This address cannot be used that way."),
            404, new Text("404", "Page not found",
                    "There is no page at this address. The link may be mistyped, or the page may have moved."),
            405, new Text("405", "Not possible here",
                    "This address does not take that kind of request. Open it from a link on the dashboard instead."),
            413, new Text("413", "Too much data",
                    "What was sent is larger than the dashboard accepts. Shorten it and try again."),
            429, new Text("429", "Too many attempts",
                    "There were too many attempts in a short time. Wait a minute, then try again."),
            500, new Text("500", "Something went wrong", "The dashboard could not complete this request."
                    + " The problem has been logged; please try again in a moment."),
            503, new Text("503", "Temporarily unavailable",
                    "The dashboard cannot answer right now. Please try again in a minute."));
    private static final Text EXPIRED = new Text("expired", "Your session expired", "The form was sent after your session had"
            + " ended, so nothing was saved. Open the page again and repeat your change.");
    private static final Text DATABASE_DOWN = new Text("databaseDown", "Temporarily unavailable", "The dashboard's database is"
            + " unavailable (stopped, read-only or out of disk), so this could not be done now."
            + " Please try again in a minute.");
    private static final Text OTHER_CLIENT_ERROR = new Text("other", "Request not possible",
            "The dashboard could not complete this request.");

    private int status;
    private Text text;
    private Detail detail;

    /**
     * A sentence of the dashboard's own making: a key of the page bundle ({@code detail.*}) and its
     * arguments, worded when the error page renders, in its language (English for the API).
     */
    record Detail(String key, Object[] arguments) {

        String in(ResourceBundle words, Locale locale) {
            return new MessageFormat(words.getString(key), locale).format(arguments);
        }
    }

    /**
     * Answers an error with the dashboard's page and a sentence of this dashboard's own making
     * (for example {@code detail.noRegion}: "There is no region EU-XX"), shown there escaped.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String key,
            Object... arguments) throws IOException {
        request.setAttribute(DETAIL, new Detail(key, arguments));
        response.sendError(status);
    }

    /** The same from a Faces page, which then renders nothing more. */
    public static void send(int status, String key, Object... arguments) throws IOException {
        send(Faces.getRequest(), Faces.getResponse(), status, key, arguments);
        Faces.responseComplete();
    }

    /** View action of the error page, also on the postback of a form whose action failed. */
    public void prepare() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        HttpServletResponse response = Faces.getResponse();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        status = code instanceof Integer given && given >= 400 ? given : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (failure != null && Exceptions.is(failure, ViewExpiredException.class)) {
            status = HttpServletResponse.SC_BAD_REQUEST;
            text = EXPIRED;
        } else if (failure != null && DatabaseOutage.causedBy(failure)) {
            // Not a fault of the dashboard or of what was sent: the same request works again shortly.
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            text = DATABASE_DOWN;
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        } else {
            text = TEXTS.getOrDefault(status, status < 500 ? OTHER_CLIENT_ERROR : TEXTS.get(500));
        }
        detail = request.getAttribute(DETAIL) instanceof Detail given ? given : null;
        response.setStatus(status);
        // An error is about this moment: no browser or proxy keeps it.
        response.setHeader("Cache-Control", "no-store");
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith(request.getContextPath() + API)) {
            answerAsApi(response);
        }
    }

    private void answerAsApi(HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String message = detail != null ? detail.in(ENGLISH, Locale.ENGLISH)
                : text == DATABASE_DOWN ? DatabaseOutage.MESSAGE : text.heading();
        response.getWriter().write(Json.createObjectBuilder().add("message", message).build().toString());
        Faces.responseComplete();
    }

    public int getStatus() {
        return status;
    }

    /** The heading in the visitor's language. */
    public String getHeading() {
        return PageTexts.bundle().getString("error." + text.key() + ".heading");
    }

    /** The dashboard's own sentence about this error if it gave one, else the general one. */
    public String getExplanation() {
        return detail != null ? detail.in(PageTexts.bundle(), PageTexts.locale()) : PageTexts.bundle().getString("error." + text.key() + ".explanation");
    }

    /** Whether signing in is the way on (a 401). */
    public boolean isSignInHelps() {
        return status == HttpServletResponse.SC_UNAUTHORIZED;
    }
}
