package io.statusdashboard.web.page.layout;

import io.statusdashboard.web.FeedLink;
import io.statusdashboard.web.FeedLinks;
import io.statusdashboard.web.platform.language.PageTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Every way a visitor can follow the dashboard, as the header's "Subscribe" menu lists them. A
 * new kind of subscription (e-mail, calendar, webhook) is one more entry in {@link #entries()};
 * the menu shows whatever is here.
 */
@Named
@RequestScoped
public class Subscriptions {

    /**
     * One entry of the menu: what it is ("Atom"), its label (the region), its path below the context
     * root with the query it needs, and its media type for the head's alternate links.
     */
    public record Entry(String kind, String label, String path, String type) {}

    /** What a reader or a calendar follows; badges are for embedding, not for subscribing. */
    private static final Set<String> FOLLOWED = Set.of("application/atom+xml", "application/rss+xml", "text/calendar");

    @Inject
    private KnownRegions knownRegions;

    private List<Entry> entries;

    public List<Entry> entries() {
        if (entries == null) {
            List<Entry> all = new ArrayList<>();
            // The menu is on every page: its words are the page's language, the feeds themselves stay English.
            ResourceBundle words = PageTexts.bundle();
            List<String> regions = knownRegions.regions();
            for (String region : regions) {
                for (FeedLink feed : FeedLinks.of("", region, null)) {
                    if (FOLLOWED.contains(feed.type())) {
                        String kind = feed.type().equals("text/calendar") ? words.getString("subscribe.calendar")
                                : feed.title().substring(0, feed.title().indexOf(':'));
                        all.add(new Entry(kind, region, feed.url(), feed.type()));
                    }
                }
            }
            if (!regions.isEmpty()) {
                all.add(new Entry("Statuspage JSON", words.getString("subscribe.allRegions"), "/api/v2/summary.json",
                        "application/json"));
            }
            entries = List.copyOf(all);
        }
        return entries;
    }

    public List<Entry> getEntries() {
        return entries();
    }
}
