package io.statusdashboard.web.operator;

import io.statusdashboard.incident.api.ChangeOutcome;
import io.statusdashboard.incident.api.EventChanges;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventUpdate;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.Operator;
import io.statusdashboard.web.security.CsrfToken;
import io.statusdashboard.web.security.CurrentOperator;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receives the event page's operator forms: {@code POST /operator/events/{id}/update} and
 * {@code .../separate}. Success redirects as the original did (resolved or completed: the history;
 * reopened or in progress: the status page; otherwise the event); a refusal or a concurrent save
 * redirects back to the event with the messages beside the fields.
 */
@WebServlet("/operator/events/*")
public class EventFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})/(update|separate)");
    static final List<String> FIELDS = List.of("title", "message", "impact", "status", "date", "start", "end", "zone");
    static final String EXPIRED_FORM = "Your session expired, so nothing was saved. Your entries are below:"
            + " check them and save again.";
    static final String FOREIGN_FORM = "The form had expired and nothing was saved. Enter your change again.";

    @Inject
    private transient EventChanges changes;

    @Inject
    private transient CurrentOperator currentOperator;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long eventId = Long.parseLong(path.group(1));
        Map<String, String> entered = new HashMap<>();
        FIELDS.forEach(field -> entered.put(field, request.getParameter(field) == null ? "" : request.getParameter(field)));
        if (!CsrfToken.matches(request)) {
            // A form from an older session (it expired, the server restarted) or another site's:
            // nothing is saved. The operator's own entries come back, ready to be sent again.
            boolean crossSite = CsrfToken.crossSite(request);
            request.getSession().setAttribute(FormFlash.ATTRIBUTE, new FormFlash(eventId, Map.of(),
                    crossSite ? Map.of() : entered, crossSite ? FOREIGN_FORM : EXPIRED_FORM));
            response.sendRedirect(request.getContextPath() + "/incidents/" + eventId);
            return;
        }
        Operator operator = currentOperator.get().orElseThrow();
        Map<String, String> problems = new LinkedHashMap<>();
        int version = number(request.getParameter("version"), problems, "version");
        ChangeOutcome outcome;
        if (path.group(2).equals("separate")) {
            int componentId = number(request.getParameter("component"), problems, "component");
            outcome = problems.isEmpty() ? changes.separate(eventId, version, componentId, operator) : null;
        } else {
            EventUpdate update = update(eventId, version, entered, problems);
            outcome = problems.isEmpty() ? changes.update(update, operator) : null;
        }
        String context = request.getContextPath();
        if (outcome instanceof ChangeOutcome.Saved saved) {
            response.sendRedirect(context + target(path.group(2), entered.get("status"), saved.eventId()));
            return;
        }
        String conflict = null;
        if (outcome instanceof ChangeOutcome.Rejected rejected) {
            problems.putAll(rejected.messages());
        } else if (outcome instanceof ChangeOutcome.Conflict) {
            conflict = "Somebody else saved this event meanwhile. Here is its current state; enter your change again.";
        }
        request.getSession().setAttribute(FormFlash.ATTRIBUTE,
                new FormFlash(eventId, problems, conflict == null ? entered : Map.of(), conflict));
        response.sendRedirect(context + "/incidents/" + eventId);
    }

    private static EventUpdate update(long eventId, int version, Map<String, String> entered, Map<String, String> problems) {
        Impact impact = null;
        try {
            impact = Impact.ofLevel(Integer.parseInt(entered.get("impact")));
        } catch (IllegalArgumentException e) {
            problems.put("impact", "Choose the impact");
        }
        String zone = entered.get("zone");
        return new EventUpdate(eventId, version, entered.get("title"), entered.get("message"), impact,
                entered.get("status"), time(entered.get("date"), zone, "date", problems),
                time(entered.get("start"), zone, "start", problems), time(entered.get("end"), zone, "end", problems));
    }

    private static LocalDateTime time(String input, String zone, String field, Map<String, String> problems) {
        try {
            return FormTimes.toUtc(input, zone).orElse(null);
        } catch (DateTimeParseException e) {
            problems.put(field, "Enter a date and time like 2026-11-28T14:30");
            return null;
        }
    }

    private static int number(String value, Map<String, String> problems, String field) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.put(field, "The form is incomplete; reload the page");
            return -1;
        }
    }

    /** Where the original dashboard sent the operator after a successful change. */
    static String target(String action, String status, long eventId) {
        if (action.equals("update")) {
            if (EventStatus.RESOLVED.equals(status) || EventStatus.COMPLETED.equals(status)) {
                return "/history";
            }
            if (EventStatus.REOPENED.equals(status) || EventStatus.IN_PROGRESS.equals(status)) {
                return "/";
            }
        }
        return "/incidents/" + eventId;
    }
}
