package io.statusdashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedLinksTest {

    @Test
    void linksEncodeEachPathSegment() {
        assertEquals("/atom/EU-DE/Object%20%3CStorage%3E%20%26%20%22Service%22",
                FeedLinks.atom("EU-DE", "Object <Storage> & \"Service\""));
        assertEquals("/calendar/EU-DE.ics", FeedLinks.calendar("EU-DE", null));
        assertEquals("/badge/EU-DE/A%2FB%2B.svg", FeedLinks.badge("EU-DE", "A/B+"));
        assertEquals("/rss/?mt=EU-DE&srv=Elastic+Cloud+Server", FeedLinks.rss("EU-DE", "Elastic Cloud Server"));
    }

    @Test
    void aRegionOffersAtomRssCalendarBadgeAndTheStatuspageJson() {
        assertEquals(List.of(
                new FeedLink("Atom: EU-DE", "application/atom+xml", "https://s.example/atom/EU-DE"),
                new FeedLink("RSS: EU-DE", "application/rss+xml", "https://s.example/rss/?mt=EU-DE"),
                new FeedLink("Maintenance calendar: EU-DE", "text/calendar", "https://s.example/calendar/EU-DE.ics"),
                new FeedLink("Status badge: EU-DE", "image/svg+xml", "https://s.example/badge/EU-DE.svg"),
                new FeedLink("Statuspage JSON: all regions", "application/json",
                        "https://s.example/api/v2/summary.json")),
                FeedLinks.of("https://s.example", "EU-DE", null));
        assertEquals("/atom/EU-NL/Status%20Probe", FeedLinks.of("", "EU-NL", "Status Probe").get(0).url());
        assertEquals("Atom: Status Probe (EU-NL)", FeedLinks.of("", "EU-NL", "Status Probe").get(0).title());
    }
}
