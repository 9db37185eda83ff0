package io.statusdashboard.web;

import io.statusdashboard.incident.api.TimelineText;
import io.statusdashboard.incident.api.UpdateView;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Turns an update's text into HTML that is safe to insert raw: the sentence {@link TimelineText}
 * reads from it, every character escaped, and links only to other incidents, built here from their
 * number. The original dashboard rendered stored markup as it was, a stored XSS; nothing stored is
 * markup here.
 */
public final class UpdateText {

    private UpdateText() {}

    public static String toHtml(String text, String contextPath) {
        StringBuilder html = new StringBuilder(text == null ? 0 : text.length() + 16);
        for (TimelineText.Part part : TimelineText.read(text)) {
            if (part instanceof TimelineText.IncidentLink link) {
                html.append(link(link, contextPath));
            } else {
                html.append(Html.escape(((TimelineText.Text) part).text()));
            }
        }
        return html.toString();
    }

    /** Stands for the link to another incident in a note's pattern, until the pattern is filled in. */
    private static final String LINK = "\u0000";

    /**
     * An entry's text for a page in its language: an automatic note worded by the page bundle
     * ({@code note.*} and {@code sentence.*} keys), anything else as {@link #toHtml(String, String)}.
     */
    public static String toHtml(UpdateView update, String contextPath, ResourceBundle words, Locale locale) {
        Optional<TimelineText.Note> note = TimelineText.note(update);
        if (note.isEmpty()) {
            return toHtml(update.text(), contextPath);
        }
        TimelineText.Note found = note.get();
        if (found instanceof TimelineText.Sentence sentence) {
            return Html.escape(words.getString("sentence." + sentence.name()));
        }
        if (found instanceof TimelineText.Added added) {
            return Html.escape(format(words, locale, "note.added", added.service(), added.incidentTitle()));
        }
        if (found instanceof TimelineText.ImpactChanged changed) {
            return Html.escape(format(words, locale, "note.impactChanged",
                    words.getString("impact." + changed.from().label()), words.getString("impact." + changed.to().label())));
        }
        TimelineText.Moved moved = (TimelineText.Moved) found;
        String key = !moved.to() ? "note.movedFrom" : moved.closesIncident() ? "note.movedToClosing" : "note.movedTo";
        // The pattern decides where the link goes; the link itself is built here, never from the bundle.
        String[] around = format(words, locale, key, moved.service().replace(LINK, ""), LINK).split(LINK, -1);
        StringBuilder html = new StringBuilder(Html.escape(around[0]));
        for (int i = 1; i < around.length; i++) {
            html.append(link(moved.incident(), contextPath)).append(Html.escape(around[i]));
        }
        return html.toString();
    }

    private static String format(ResourceBundle words, Locale locale, String key, Object... arguments) {
        return new MessageFormat(words.getString(key), locale).format(arguments);
    }

    private static String link(TimelineText.IncidentLink link, String contextPath) {
        return "<a href=\"" + Html.escape(contextPath) + EventLinks.path(link.incidentId()) + "\">"
                + Html.escape(link.title()) + "</a>";
    }

    /**
     * The text for readers that show text, not HTML (JSON for programs, calendars): the same sentences
     * as the page, with a link to an incident reduced to its title.
     */
    public static String toPlainText(String text) {
        return TimelineText.plain(text);
    }
}
