package io.statusdashboard.web.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.status.UpdateText;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Builds the RSS document of a list of events. Each item links to the event's page and carries
 * its impact, start, end and timeline as HTML in which every text is escaped.
 */
final class EventFeed {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private EventFeed() {}

    /**
     * @param root the dashboard's absolute address, without a trailing slash
     */
    static SyndFeed of(String title, String root, List<EventView> events) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle("Status Dashboard: " + title);
        feed.setLink(root + "/");
        feed.setDescription("Incidents and maintenances: " + title);
        feed.setLanguage("en");
        feed.setEntries(events.stream().map(event -> entry(event, root)).toList());
        return feed;
    }

    private static SyndEntry entry(EventView event, String root) {
        SyndEntry entry = new SyndEntryImpl();
        String link = root + "/incidents/" + event.id();
        entry.setTitle(event.title());
        entry.setLink(link);
        entry.setUri(link);
        UpdateView latest = event.latestUpdate();
        entry.setPublishedDate(date(latest != null ? latest.timestamp() : event.start()));
        SyndContent description = new SyndContentImpl();
        description.setType("text/html");
        description.setValue(html(event, root));
        entry.setDescription(description);
        return entry;
    }

    private static String html(EventView event, String root) {
        StringBuilder html = new StringBuilder();
        html.append("<p>Impact: ").append(UpdateText.escape(event.impact().label())).append("<br/>")
                .append("Start: ").append(TIME.format(event.start())).append("<br/>")
                .append(event.isMaintenance() ? "Planned end: " : "End: ")
                .append(event.end() == null ? "–" : TIME.format(event.end())).append("</p>");
        List<UpdateView> timeline = event.updates().stream()
                .filter(UpdateView::isTimelineEntry)
                .sorted(Comparator.comparing(UpdateView::timestamp).thenComparingLong(UpdateView::id).reversed())
                .toList();
        if (!timeline.isEmpty()) {
            html.append("<ul>");
            for (UpdateView update : timeline) {
                html.append("<li>").append(TIME.format(update.timestamp())).append(" <b>")
                        .append(UpdateText.escape(update.status())).append("</b>: ")
                        .append(UpdateText.toHtml(update.text(), root)).append("</li>");
            }
            html.append("</ul>");
        }
        return html.toString();
    }

    private static Date date(LocalDateTime utc) {
        return Date.from(utc.toInstant(ZoneOffset.UTC));
    }
}
