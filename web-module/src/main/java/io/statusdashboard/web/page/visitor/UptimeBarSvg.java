package io.statusdashboard.web.page.visitor;

import io.statusdashboard.incident.api.DayStatus;
import io.statusdashboard.incident.api.UptimeBar;
import io.statusdashboard.web.Html;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Draws an uptime bar as inline SVG in the visitor's language: one path per colour, drawn as a
 * thick line whose dashes (from the stylesheet) make one mark per day with a gap between days.
 * The good days are one line under the whole bar; each other colour is one path over it with a
 * segment per run of days. Each path's {@code <title>} (its text alternative, which browsers also
 * show on hover) names the status and the dates of every day it draws.
 *
 * <p>Built here rather than in the page: a region's page holds a bar for every component, so its
 * size is the page's size. A mark and a title per run made a region of 50 components weigh 170 KB;
 * a path per colour keeps it under the 100 KB budget.
 */
public final class UptimeBarSvg {

    private UptimeBarSvg() {}

    /**
     * @param texts the page's bundle: {@code uptime.lastDays}, the date patterns {@code uptime.day},
     *     {@code uptime.sameMonthFrom} and {@code uptime.sameMonthTo}, and {@code day.<STATUS>}, in
     *     the visitor's language
     */
    public static String of(UptimeBar bar, ResourceBundle texts) {
        int days = bar.days().size();
        Dates day = new Dates(texts);
        Map<DayStatus, List<UptimeBar.Run>> runsByStatus = new EnumMap<>(DayStatus.class);
        for (UptimeBar.Run run : bar.runs()) {
            runsByStatus.computeIfAbsent(run.status(), status -> new ArrayList<>()).add(run);
        }
        StringBuilder svg = new StringBuilder(200 + bar.runs().size() * 24);
        svg.append("<svg class=\"uptime-bar\" viewBox=\"0 0 ").append(days)
                .append(" 8\" preserveAspectRatio=\"none\" aria-label=\"")
                .append(Html.escape(MessageFormat.format(texts.getString("uptime.lastDays"), days))).append("\">");
        for (Map.Entry<DayStatus, List<UptimeBar.Run>> entry : runsByStatus.entrySet()) {
            boolean underAll = entry.getKey() == DayStatus.OPERATIONAL;
            svg.append("<path class=\"d").append(entry.getKey().ordinal()).append("\" d=\"");
            if (underAll) {
                svg.append("M0 4h").append(days);
            } else {
                for (UptimeBar.Run run : entry.getValue()) {
                    svg.append('M').append(run.offset()).append(" 4h").append(run.length());
                }
            }
            svg.append("\"><title>").append(Html.escape(text(entry.getKey(), entry.getValue(), texts, day)))
                    .append("</title></path>");
        }
        return svg.append("</svg>").toString();
    }

    /** "Partial outage: Sep 6, Sep 29–Oct 2, Nov 7–8": the status, then each run's dates. */
    static String text(DayStatus status, List<UptimeBar.Run> runs, ResourceBundle texts, Dates day) {
        StringBuilder text = new StringBuilder(texts.getString("day." + status.name())).append(": ");
        for (int i = 0; i < runs.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(day.of(runs.get(i)));
        }
        return text.toString();
    }

    /**
     * A run's dates, short since a bar covers less than a year: a day as the language writes it
     * without the year ("Sep 6", "6.9."), a range within one month with the month once ("Nov 7–8",
     * "7.–8.11.").
     */
    record Dates(DateTimeFormatter day, DateTimeFormatter sameMonthFrom, DateTimeFormatter sameMonthTo) {

        Dates(ResourceBundle texts) {
            this(pattern(texts, "uptime.day"), pattern(texts, "uptime.sameMonthFrom"), pattern(texts, "uptime.sameMonthTo"));
        }

        private static DateTimeFormatter pattern(ResourceBundle texts, String key) {
            return DateTimeFormatter.ofPattern(texts.getString(key), locale(texts));
        }

        String of(UptimeBar.Run run) {
            if (run.length() == 1) {
                return day.format(run.first());
            }
            if (run.first().getMonth() == run.last().getMonth()) {
                return sameMonthFrom.format(run.first()) + '–' + sameMonthTo.format(run.last());
            }
            return day.format(run.first()) + '–' + day.format(run.last());
        }
    }

    /** "99.95 %" ("99,95 %" in German): two decimals, never rounded up to 100 while anything was down. */
    public static String percent(UptimeBar bar, Locale locale) {
        double floored = Math.floor(bar.percent() * 100) / 100;
        return String.format(locale, "%.2f %%", floored);
    }

    private static Locale locale(ResourceBundle texts) {
        // The root bundle (English) reports the empty locale.
        return texts.getLocale() == null || texts.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : texts.getLocale();
    }
}
