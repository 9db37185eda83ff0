package io.statusdashboard.web.page.visitor;

import io.statusdashboard.incident.api.ActivityEntry;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.TimelineText;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.UpdateText;
import io.statusdashboard.web.platform.language.PageTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ResourceBundle;

/**
 * The words pages show for timeline entries and closed events, from {@link TimelineText}, in the
 * language of the page (the page bundle); feeds and JSON keep {@link TimelineText}'s English.
 */
@Named
@ApplicationScoped
public class TimelineWords {

    static final String COMPLETED = "This maintenance has been completed.";
    static final String RESOLVED = "This incident has been resolved.";
    static final String SERVICES_MOVED = "This incident was closed because its services moved to another incident.";

    /** The status beside an entry in the page's language: an automatic note says what it did, never "SYSTEM". */
    public String label(UpdateView update) {
        return label(update, PageTexts.bundle());
    }

    /**
     * The word of {@link TimelineText#statusLabel} from the bundle. A status no bundle knows (rows
     * another dashboard wrote) is shown as stored rather than as a missing key.
     */
    static String label(UpdateView update, ResourceBundle words) {
        String stored = TimelineText.statusLabel(update);
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String key = TimelineText.statusKey(update);
        return words.containsKey(key) ? words.getString(key) : stored;
    }

    /** An entry's text as safe HTML in the page's language (automatic notes translated, operators' words as written). */
    public String html(UpdateView update, String contextPath) {
        return UpdateText.toHtml(update, contextPath, PageTexts.bundle(), PageTexts.locale());
    }

    /** An event's description in the page's language when the dashboard wrote it, else as its author wrote it. */
    public String description(String stored) {
        return description(stored, PageTexts.bundle());
    }

    static String description(String stored, ResourceBundle words) {
        return TimelineText.sentence(stored).map(sentence -> words.getString("sentence." + sentence.name())).orElse(stored);
    }

    /** The status of an entry of the activity log, worded as on the incident page. */
    public String activityLabel(ActivityEntry change) {
        return label(asUpdate(change));
    }

    /** The text of an entry of the activity log as safe HTML, worded as on the incident page. */
    public String activityHtml(ActivityEntry change, String contextPath) {
        return html(asUpdate(change), contextPath);
    }

    static UpdateView asUpdate(ActivityEntry change) {
        return new UpdateView(change.updateId(), change.at(), change.status(), change.text(), change.author());
    }

    /** How a closed event ended, in a sentence. */
    public String closing(EventView event) {
        if (!event.isIncident()) {
            return COMPLETED;
        }
        return TimelineText.closedByMove(event) ? SERVICES_MOVED : RESOLVED;
    }

    /** The page bundle's key for how a closed event ended. */
    public String closingKey(EventView event) {
        if (!event.isIncident()) {
            return "closing.completed";
        }
        return TimelineText.closedByMove(event) ? "closing.servicesMoved" : "closing.resolved";
    }
}
