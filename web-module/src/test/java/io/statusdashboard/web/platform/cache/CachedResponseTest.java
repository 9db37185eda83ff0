package io.statusdashboard.web.platform.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CachedResponseTest {

    private static final Instant RENDERED = Instant.parse("2026-11-28T10:00:00Z");
    private static final byte[] PAGE = "<html>Elastic Cloud Server: operational</html>".repeat(50)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void survivesTheTripThroughTheCacheBytes() {
        CachedResponse stored = CachedResponse.of(200, "text/html;charset=UTF-8", PAGE, RENDERED, RENDERED.plusSeconds(300));
        CachedResponse read = CachedResponse.fromBytes(stored.toBytes());
        assertEquals(200, read.status());
        assertEquals("text/html;charset=UTF-8", read.contentType());
        assertArrayEquals(PAGE, read.body());
        assertArrayEquals(stored.gzipBody(), read.gzipBody());
        assertEquals(stored.entityTag(false), read.entityTag(false));
        assertEquals(RENDERED, read.rendered());
        assertEquals(RENDERED.plusSeconds(300), read.expires());
    }

    @Test
    void theCompressedBodyIsTheBodyGzipped() throws IOException {
        CachedResponse stored = CachedResponse.of(200, "text/html", PAGE, RENDERED, RENDERED.plusSeconds(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored.gzipBody()))) {
            assertArrayEquals(PAGE, in.readAllBytes());
        }
        assertTrue(stored.gzipBody().length < PAGE.length / 4);
    }

    @Test
    void entityTagsFollowTheBytesAndDifferPerEncoding() {
        CachedResponse one = CachedResponse.of(200, "text/html", PAGE, RENDERED, RENDERED);
        CachedResponse same = CachedResponse.of(200, "text/html", PAGE.clone(), RENDERED.plusSeconds(9), RENDERED);
        CachedResponse other = CachedResponse.of(200, "text/html", "changed".getBytes(StandardCharsets.UTF_8), RENDERED, RENDERED);
        assertEquals(one.entityTag(false), same.entityTag(false));
        assertNotEquals(one.entityTag(false), other.entityTag(false));
        assertNotEquals(one.entityTag(false), one.entityTag(true));
        assertTrue(one.entityTag(false).matches("\"[A-Za-z0-9_-]{27}\""));
    }

    @Test
    void validUntilItsExpiry() {
        CachedResponse stored = CachedResponse.of(200, "text/html", PAGE, RENDERED, RENDERED.plusSeconds(60));
        assertTrue(stored.isValidAt(RENDERED.plusSeconds(59)));
        assertFalse(stored.isValidAt(RENDERED.plusSeconds(60)));
    }

    @Test
    void bytesOfAnotherFormatAreAMiss() {
        assertNull(CachedResponse.fromBytes(new byte[] {9, 0, 0}));
        assertNull(CachedResponse.fromBytes(new byte[0]));
    }
}
