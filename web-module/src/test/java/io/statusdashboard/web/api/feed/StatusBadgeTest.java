package io.statusdashboard.web.api.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.web.StatusIcon;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class StatusBadgeTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);

    @Test
    void theWorstComponentDecidesTheRegionsBadge() {
        CurrentEvents current = new CurrentEvents(NOW, List.of(
                event(1, Impact.MINOR, EventType.INCIDENT, Set.of(1)),
                event(2, Impact.OUTAGE, EventType.INCIDENT, Set.of(2)),
                event(3, Impact.MAINTENANCE, EventType.MAINTENANCE, Set.of(3))), List.of());
        assertEquals(StatusIcon.OUTAGE, StatusBadge.statusOf(Set.of(1, 2, 3, 4), current));
        assertEquals(StatusIcon.MINOR, StatusBadge.statusOf(Set.of(1, 4), current));
        assertEquals(StatusIcon.MAINTENANCE, StatusBadge.statusOf(Set.of(3), current));
        assertEquals(StatusIcon.OPERATIONAL, StatusBadge.statusOf(Set.of(4), current));
        assertEquals(StatusIcon.OPERATIONAL, StatusBadge.statusOf(Set.of(), current));
    }

    @Test
    void theBadgeIsWellFormedSvgWithItsTextEscaped() throws Exception {
        String svg = StatusBadge.svg("Object <Storage> & \"Service\"", StatusIcon.MAJOR);
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals("Object <Storage> & \"Service\": major incident",
                document.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("Object <Storage> & \"Service\"", document.getElementsByTagName("text").item(0).getTextContent());
        assertEquals("major incident", document.getElementsByTagName("text").item(1).getTextContent());
        assertTrue(svg.contains("fill=\"#c5530b\""), svg);
        String shortOne = StatusBadge.svg("EU-DE", StatusIcon.MAJOR);
        int shortWidth = Integer.parseInt(shortOne.replaceFirst("(?s)^<svg[^>]* width=\"(\\d+)\".*$", "$1"));
        assertTrue(Integer.parseInt(document.getDocumentElement().getAttribute("width")) > shortWidth,
                "a longer label makes a wider badge");
    }

    private static EventView event(long id, Impact impact, EventType type, Set<Integer> components) {
        return new EventView(id, "e" + id, null, impact, type, NOW.minusHours(1), null, false, null, components,
                List.of(), 1);
    }
}
