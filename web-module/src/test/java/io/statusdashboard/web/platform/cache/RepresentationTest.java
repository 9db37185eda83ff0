package io.statusdashboard.web.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepresentationTest {

    private static final Instant RENDERED = Instant.parse("2026-11-28T10:15:30.400Z");
    private static final Set<String> TAGS = Set.of("\"abc\"", "\"abc-gzip\"");

    @Test
    void gzipOnlyWhenTheClientAcceptsIt() {
        assertTrue(Representation.acceptsGzip("gzip, deflate, br"));
        assertTrue(Representation.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(Representation.acceptsGzip("*"));
        assertFalse(Representation.acceptsGzip(null));
        assertFalse(Representation.acceptsGzip("identity"));
        assertFalse(Representation.acceptsGzip("deflate, br"));
        assertFalse(Representation.acceptsGzip("gzip;q=0"));
        assertFalse(Representation.acceptsGzip("gzip;q=0.000"));
    }

    @Test
    void matchingEntityTagMeansNotModified() {
        assertTrue(Representation.notModified("\"abc\"", null, TAGS, RENDERED));
        assertTrue(Representation.notModified("\"other\", \"abc-gzip\"", null, TAGS, RENDERED));
        assertTrue(Representation.notModified("W/\"abc\"", null, TAGS, RENDERED));
        assertTrue(Representation.notModified("*", null, TAGS, RENDERED));
        assertFalse(Representation.notModified("\"abd\"", null, TAGS, RENDERED));
    }

    @Test
    void entityTagWinsOverTheDate() {
        assertFalse(Representation.notModified("\"old\"", "Sat, 28 Nov 2026 10:15:30 GMT", TAGS, RENDERED));
    }

    @Test
    void dateAtOrAfterTheRenderingSecondMeansNotModified() {
        assertTrue(Representation.notModified(null, "Sat, 28 Nov 2026 10:15:30 GMT", TAGS, RENDERED));
        assertTrue(Representation.notModified(null, "Sat, 28 Nov 2026 11:00:00 GMT", TAGS, RENDERED));
        assertFalse(Representation.notModified(null, "Sat, 28 Nov 2026 10:15:29 GMT", TAGS, RENDERED));
        assertFalse(Representation.notModified(null, "yesterday", TAGS, RENDERED));
        assertFalse(Representation.notModified(null, null, TAGS, RENDERED));
    }

    @Test
    void httpDatesAreRfc1123InGmt() {
        assertEquals("Sat, 28 Nov 2026 10:15:30 GMT", Representation.httpDate(RENDERED));
        // IMF-fixdate: the day has two digits, always.
        assertEquals("Thu, 03 Dec 2026 07:02:41 GMT", Representation.httpDate(Instant.parse("2026-12-03T07:02:41Z")));
    }
}
