package io.statusdashboard.web.api.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.TimelineText;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.EventLinks;
import io.statusdashboard.web.Html;
import io.statusdashboard.web.UpdateText;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Builds the RSS or Atom document of a list of events. Each item links to the event's page and
 * carries its impact, start, end and timeline as HTML in which every text is escaped.
 */
final class EventFeed {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private EventFeed() {}

    /**
     * @param root the dashboard's absolute address, without a trailing slash
     */
    static SyndFeed rss(String title, String root, List<EventView> events) {
        SyndFeed feed = feed("rss_2.0", title, root, events);
        feed.setLink(root + "/");
        return feed;
    }

    /**
     * Atom asks more than RSS of every feed and entry: an id (the feed's own address, the event's
     * page), an author, and the time of the last change.
     *
     * @param self the feed's own absolute address
     */
    static SyndFeed atom(String title, String root, String self, List<EventView> events) {
        SyndFeed feed = feed("atom_1.0", title, root, events);
        feed.setUri(self);
        feed.setLinks(List.of(link("alternate", "text/html", root + "/"), link("self", "application/atom+xml", self)));
        SyndPerson author = new SyndPersonImpl();
        author.setName("Status Dashboard");
        author.setUri(root + "/");
        feed.setAuthors(List.of(author));
        LocalDateTime updated = events.stream().map(EventFeed::lastChange).max(Comparator.naturalOrder())
                .orElse(LocalDateTime.of(1970, 1, 1, 0, 0));
        feed.setPublishedDate(date(updated));
        feed.getEntries().forEach(entry -> {
            entry.setUpdatedDate(entry.getPublishedDate());
            // Without an author of its own, Rome writes an entry an empty <name/>, which RFC 4287
            // does not allow; every entry is the dashboard's.
            entry.setAuthors(List.of(author));
        });
        return feed;
    }

    private static SyndFeed feed(String type, String title, String root, List<EventView> events) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle("Status Dashboard: " + title);
        feed.setDescription("Incidents and maintenances: " + title);
        feed.setLanguage("en");
        feed.setEntries(events.stream().map(event -> entry(event, root)).toList());
        return feed;
    }

    private static SyndLink link(String rel, String type, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    /** The newest timeline entry, else the start. */
    private static LocalDateTime lastChange(EventView event) {
        UpdateView latest = event.latestUpdate();
        return latest != null ? latest.timestamp() : event.start();
    }

    private static SyndEntry entry(EventView event, String root) {
        SyndEntry entry = new SyndEntryImpl();
        String link = root + EventLinks.path(event.id());
        entry.setTitle(event.title());
        entry.setLink(link);
        entry.setUri(link);
        entry.setPublishedDate(date(lastChange(event)));
        SyndContent description = new SyndContentImpl();
        description.setType("text/html");
        description.setValue(html(event, root));
        entry.setDescription(description);
        return entry;
    }

    private static String html(EventView event, String root) {
        StringBuilder html = new StringBuilder();
        html.append("<p>Impact: ").append(Html.escape(event.impact().label())).append("<br/>")
                .append("Start: ").append(TIME.format(event.start())).append("<br/>")
                .append(event.isMaintenance() ? "Planned end: " : "End: ")
                .append(event.end() == null ? "–" : TIME.format(event.end())).append("</p>");
        List<UpdateView> timeline = event.updatesNewestFirst().stream()
                .filter(UpdateView::isTimelineEntry)
                .toList();
        if (!timeline.isEmpty()) {
            html.append("<ul>");
            for (UpdateView update : timeline) {
                html.append("<li>").append(TIME.format(update.timestamp())).append(" <b>")
                        .append(Html.escape(TimelineText.statusLabel(update))).append("</b>: ")
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
