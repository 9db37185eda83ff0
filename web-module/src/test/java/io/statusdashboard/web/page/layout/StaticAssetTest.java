package io.statusdashboard.web.page.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Versions, compression and caching of the files the pages load. */
class StaticAssetTest {

    private static final String CSS = ".status-minor { color: #8a6100; }\n".repeat(40);

    @Test
    void textIsCompressedAndTheGzipFormHoldsTheSameBytes() throws IOException {
        StaticAsset asset = StaticAsset.text("text/css;charset=UTF-8", CSS);
        assertTrue(asset.hasGzip());
        assertTrue(asset.gzipBody().length < asset.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(asset.gzipBody()))) {
            assertArrayEquals(asset.body(), in.readAllBytes());
        }
        assertNotEquals(asset.entityTag(false), asset.entityTag(true), "two encodings, two tags");
    }

    @Test
    void fontsAndImagesAreSentAsTheyAre() {
        assertFalse(StaticAsset.of("font/woff2", CSS.getBytes()).hasGzip());
        assertFalse(StaticAsset.of("image/png", CSS.getBytes()).hasGzip());
        assertTrue(StaticAsset.of("image/svg+xml", CSS.getBytes()).hasGzip());
        assertTrue(StaticAsset.of("application/javascript", CSS.getBytes()).hasGzip());
    }

    @Test
    void theVersionFollowsTheContent() {
        String version = StaticAsset.text("text/css", CSS).version();
        assertEquals(version, StaticAsset.text("text/css", CSS).version());
        assertNotEquals(version, StaticAsset.text("text/css", CSS + " ").version());
        assertEquals(12, version.length());
    }

    @Test
    void onlyAUrlThatNamesItsContentIsCachedForAYear() {
        assertEquals(StaticAssetFilter.IMMUTABLE, StaticAssetFilter.cacheControl("/static/dashboard.css", "abc", "abc"));
        assertEquals(StaticAssetFilter.REVALIDATE, StaticAssetFilter.cacheControl("/static/dashboard.css", "old", "abc"));
        assertEquals(StaticAssetFilter.REVALIDATE, StaticAssetFilter.cacheControl("/static/dashboard.css", null, "abc"));
        assertEquals(StaticAssetFilter.IMMUTABLE,
                StaticAssetFilter.cacheControl("/webjars/bootstrap/5.3.8/css/bootstrap.min.css", null, "abc"),
                "a WebJar's path carries its version");
    }

    @Test
    void onlyFilesBelowTheAssetFoldersAreServedFromMemory() {
        assertTrue(StaticAssets.servable("/static/dashboard.css"));
        assertTrue(StaticAssets.servable("/webjars/bootstrap/5.3.8/css/bootstrap.min.css"));
        assertTrue(StaticAssets.servable("/favicon.ico"));
        assertTrue(StaticAssets.servable("/branding.css"));
        assertFalse(StaticAssets.servable("/static/"));
        assertFalse(StaticAssets.servable("/webjars/bootstrap"));
        assertFalse(StaticAssets.servable("/static/../WEB-INF/web.xml"));
        assertFalse(StaticAssets.servable("/WEB-INF/web.xml"));
        assertFalse(StaticAssets.servable("/index.xhtml"));
    }
}
