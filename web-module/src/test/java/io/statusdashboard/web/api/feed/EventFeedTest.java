package io.statusdashboard.web.api.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.SyndFeedOutput;
import com.rometools.rome.io.WireFeedInput;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFeedTest {

    private static final String ROOT = "https://status.example.test";
    private static final String SELF = ROOT + "/atom/EU-DE";
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 1, 8, 0);

    private static final EventView INCIDENT = new EventView(42, "ECS <b>errors</b>", null, Impact.MAJOR,
            EventType.INCIDENT, START, null, false, "fixing", Set.of(1), List.of(
                    new UpdateView(1, START.plusMinutes(5), "analyzing", "Looking <script>", "op"),
                    new UpdateView(2, START.plusHours(1), "fixing", "Found it", "op")), 3);
    private static final EventView MAINTENANCE = new EventView(41, "Network works", null, Impact.MAINTENANCE,
            EventType.MAINTENANCE, START.minusDays(1), START.minusDays(1).plusHours(2), false, "completed", Set.of(1),
            List.of(), 1);

    @Test
    void theAtomFeedHasWhatRfc4287AsksOfAFeedAndOfEachEntry() throws Exception {
        Feed feed = parse(EventFeed.atom("EU-DE", ROOT, SELF, List.of(INCIDENT, MAINTENANCE)));
        assertEquals(SELF, feed.getId());
        assertEquals("Status Dashboard: EU-DE", feed.getTitle());
        assertEquals("Status Dashboard", feed.getAuthors().get(0).getName());
        assertEquals(date(START.plusHours(1)), feed.getUpdated(), "the newest change");
        assertEquals(List.of("alternate " + ROOT + "/", "self " + SELF),
                links(feed.getAlternateLinks(), feed.getOtherLinks()));

        List<Entry> entries = feed.getEntries();
        assertEquals(2, entries.size());
        Entry incident = entries.get(0);
        assertEquals(ROOT + "/incidents/42", incident.getId());
        assertEquals("ECS <b>errors</b>", incident.getTitle(), "the title is text");
        assertEquals(ROOT + "/incidents/42", incident.getAlternateLinks().get(0).getHref());
        assertEquals(date(START.plusHours(1)), incident.getUpdated());
        String summary = incident.getSummary().getValue();
        assertTrue(summary.contains("Looking &lt;script&gt;"), summary);
        assertTrue(summary.contains("major"), summary);
        assertEquals(date(START.minusDays(1)), entries.get(1).getUpdated(), "no timeline: its start");
        for (Entry entry : entries) {
            assertEquals(List.of("Status Dashboard"), entry.getAuthors().stream().map(person -> person.getName()).toList(),
                    "each entry names its author");
        }
    }

    @Test
    void anEmptyAtomFeedIsStillValid() throws Exception {
        Feed feed = parse(EventFeed.atom("EU-NL", ROOT, ROOT + "/atom/EU-NL", List.of()));
        assertEquals(ROOT + "/atom/EU-NL", feed.getId());
        assertTrue(feed.getEntries().isEmpty());
        assertEquals(new Date(0), feed.getUpdated());
    }

    @Test
    void rssStaysRss() throws Exception {
        String rss = new SyndFeedOutput().outputString(EventFeed.rss("EU-DE", ROOT, List.of(INCIDENT)));
        assertTrue(rss.contains("<rss") && rss.contains(ROOT + "/incidents/42</guid>"), rss);
    }

    private static Feed parse(com.rometools.rome.feed.synd.SyndFeed feed) throws Exception {
        String xml = new SyndFeedOutput().outputString(feed);
        assertTrue(xml.contains("xmlns=\"http://www.w3.org/2005/Atom\""), xml);
        return (Feed) new WireFeedInput().build(new StringReader(xml));
    }

    private static List<String> links(List<Link> alternate, List<Link> other) {
        return java.util.stream.Stream.concat(alternate.stream(), other.stream())
                .map(link -> link.getRel() + " " + link.getHref()).toList();
    }

    private static Date date(LocalDateTime utc) {
        return Date.from(utc.toInstant(ZoneOffset.UTC));
    }
}
