package io.statusdashboard.web.api.feed;

import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.web.Html;
import io.statusdashboard.web.StatusIcon;
import java.util.Collection;
import java.util.Locale;

/**
 * A small SVG badge in the look READMEs and wikis know from shields.io: the region's or service's
 * name on grey, its current status on the status's colour. Text widths are estimated (no font is at
 * hand on the server), generously enough for Verdana at 11px.
 */
final class StatusBadge {

    private static final int CHARACTER_WIDTH = 7;
    private static final int PADDING = 10;

    private StatusBadge() {}

    /** The worst state among the components: an outage anywhere makes the region's badge red. */
    static StatusIcon statusOf(Collection<Integer> componentIds, CurrentEvents current) {
        return componentIds.stream()
                .map(id -> current.prioritizedEventOf(id).map(StatusIcon::of).orElse(StatusIcon.OPERATIONAL))
                .max(Enum::compareTo)
                .orElse(StatusIcon.OPERATIONAL);
    }

    static String svg(String label, StatusIcon status) {
        String message = status.getLabel().toLowerCase(Locale.ROOT);
        int labelWidth = width(label);
        int messageWidth = width(message);
        int total = labelWidth + messageWidth;
        String title = Html.escape(label + ": " + message);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + total + "\" height=\"20\" role=\"img\""
                + " aria-label=\"" + title + "\">"
                + "<title>" + title + "</title>"
                + "<linearGradient id=\"shade\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\""
                + " stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>"
                + "<clipPath id=\"round\"><rect width=\"" + total + "\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>"
                + "<g clip-path=\"url(#round)\">"
                + "<rect width=\"" + labelWidth + "\" height=\"20\" fill=\"#555\"/>"
                + "<rect x=\"" + labelWidth + "\" width=\"" + messageWidth + "\" height=\"20\" fill=\"" + colour(status)
                + "\"/>"
                + "<rect width=\"" + total + "\" height=\"20\" fill=\"url(#shade)\"/></g>"
                + "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\""
                + " font-size=\"11\">"
                + "<text x=\"" + labelWidth / 2.0 + "\" y=\"14\">" + Html.escape(label) + "</text>"
                + "<text x=\"" + (labelWidth + messageWidth / 2.0) + "\" y=\"14\">" + Html.escape(message)
                + "</text></g></svg>";
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length()) * CHARACTER_WIDTH + PADDING;
    }

    private static String colour(StatusIcon status) {
        return switch (status) {
            case OPERATIONAL -> "#2e8540";
            case MAINTENANCE, PLANNED_MAINTENANCE -> "#0b6fb8";
            case MINOR -> "#a86b00";
            case MAJOR -> "#c5530b";
            case OUTAGE -> "#c9302c";
        };
    }
}
