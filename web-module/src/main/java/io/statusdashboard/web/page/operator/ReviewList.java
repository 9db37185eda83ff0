package io.statusdashboard.web.page.operator;

import io.statusdashboard.incident.api.ApiEventPatch;
import io.statusdashboard.incident.api.ApiEventWrites;
import io.statusdashboard.incident.api.ApiWriteOutcome;
import io.statusdashboard.incident.api.EventFilter;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.web.platform.language.PageTexts;
import io.statusdashboard.web.platform.security.SignedInCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /operator/reviews}: the maintenance requests waiting for review, oldest window
 * first, each with an approve button whose form carries the version the operator saw. Approving
 * goes through the same write and rules as API v2; a version that is no longer the request's (it
 * was edited, or another operator approved it meanwhile) changes nothing and says so.
 */
@Named
@RequestScoped
public class ReviewList {

    /** Requests shown at most; more than that waiting is a backlog no list would fix. */
    static final int SHOWN = 100;
    static final String STALE = "This request changed since you opened the page, or another operator reviewed it"
            + " already; nothing was approved. The list below shows the requests as they are now.";

    @Inject
    private EventQueries events;

    @Inject
    private ApiEventWrites writes;

    @Inject
    private SignedInCaller signedIn;

    private List<EventView> pending;

    public List<EventView> getPending() {
        if (pending == null) {
            pending = events.matching(EventFilter.PENDING_REVIEW, 1, SHOWN, now()).events().stream()
                    .sorted((a, b) -> a.start().compareTo(b.start()))
                    .toList();
        }
        return pending;
    }

    /** The title of the request just approved ({@code ?approved=ID}), shown once after the redirect. */
    public String getApprovedTitle() {
        String approved = Faces.getRequestParameter("approved");
        if (approved == null || !approved.matches("\\d{1,9}")) {
            return null;
        }
        return events.findAny(Long.parseLong(approved)).map(EventView::title).orElse(null);
    }

    public void approve() throws IOException {
        // Plain fields of each row's form: one form per request, each with its own id and version.
        Optional<Long> id = number(Faces.getRequestParameter("eventId"));
        Optional<Long> seen = number(Faces.getRequestParameter("version"));
        if (id.isEmpty() || seen.isEmpty()) {
            Messages.addGlobalError(STALE);
            return;
        }
        ApiEventPatch approval = new ApiEventPatch("The maintenance was reviewed and approved.", EventStatus.REVIEWED,
                now(), null, null, null, null, null, null, seen.get().intValue(), null);
        ApiWriteOutcome<EventView> outcome = writes.patch(id.get(), approval, signedIn.get().orElseThrow());
        if (outcome instanceof ApiWriteOutcome.Done<EventView>) {
            Faces.redirect(Faces.getRequestContextPath() + "/operator/reviews?approved=" + id.get());
            return;
        }
        pending = null;
        Messages.addGlobalError(outcome instanceof ApiWriteOutcome.Conflict<EventView> ? STALE
                : "The request could not be approved: " + message(outcome));
    }

    private static String message(ApiWriteOutcome<EventView> outcome) {
        if (outcome instanceof ApiWriteOutcome.Refused<EventView> refused) {
            return refused.message();
        }
        if (outcome instanceof ApiWriteOutcome.Forbidden<EventView> forbidden) {
            return forbidden.message();
        }
        return "it does not exist any more.";
    }

    private static Optional<Long> number(String text) {
        return text != null && text.matches("\\d{1,9}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** "Approved: “title”. ..." in the page's language, or null when nothing was just approved. */
    public String getApprovedMessage() {
        String title = getApprovedTitle();
        return title == null ? null : PageTexts.format("review.approved", title);
    }
}
