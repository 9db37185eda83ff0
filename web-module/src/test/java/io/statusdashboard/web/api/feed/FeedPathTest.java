package io.statusdashboard.web.api.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedPathTest {

    @Test
    void readsARegionAndAnOptionalComponentBeforeTheSuffix() {
        assertEquals(Optional.of(new FeedPath("EU-DE", null)), FeedPath.parse("/EU-DE", ""));
        assertEquals(Optional.of(new FeedPath("EU-DE", "Elastic Cloud Server")),
                FeedPath.parse("/EU-DE/Elastic Cloud Server", ""));
        assertEquals(Optional.of(new FeedPath("EU-DE", null)), FeedPath.parse("/EU-DE.ics", ".ics"));
        assertEquals(Optional.of(new FeedPath("EU-NL", "Object <Storage>")),
                FeedPath.parse("/EU-NL/Object <Storage>.svg", ".svg"));
    }

    @Test
    void refusesWhatNamesNoRegionOrTooMuch() {
        for (String path : new String[] {null, "", "/", "/.ics", "/EU-DE", "/EU-DE/.ics", "/a/b/c.ics"}) {
            assertTrue(FeedPath.parse(path, ".ics").isEmpty(), String.valueOf(path));
        }
        assertTrue(FeedPath.parse("/EU-DE/", "").isEmpty());
    }
}
