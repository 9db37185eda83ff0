package io.statusdashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.BrandingSettings.FooterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which branding values an installation may set, and what happens to one that fails its check. */
class BrandingSettingsTest {

    private final Map<String, String> warnings = new LinkedHashMap<>();

    private BrandingSettings read(Map<String, String> settings) {
        return BrandingSettings.read(name -> Optional.ofNullable(settings.get(name)), warnings::put);
    }

    @Test
    void withNothingSetTheDashboardKeepsItsOwnNameAndLook() {
        BrandingSettings branding = read(Map.of());
        assertEquals("Status Dashboard", branding.title());
        assertEquals(Optional.empty(), branding.logoUrl());
        assertEquals(Optional.empty(), branding.faviconUrl());
        assertEquals(Optional.empty(), branding.accentColor());
        assertEquals(List.of(), branding.footerLinks());
        assertEquals(Set.of(), branding.imageOrigins());
        assertEquals(Map.of(), warnings);
    }

    @Test
    void everySettingIsUsedWhenItPassesItsCheck() {
        BrandingSettings branding = read(Map.of(
                "SDB_TITLE", " Example Cloud Status ",
                "SDB_LOGO_URL", "https://cdn.example.com:8443/logo.svg",
                "SDB_FAVICON_URL", "/brand/icon.png",
                "SDB_ACCENT_COLOR", "#0A5FB4",
                "SDB_IMPRINT_URL", "https://example.com/imprint",
                "SDB_PRIVACY_URL", "http://example.com/privacy?lang=en",
                "SDB_SUPPORT_URL", "https://support.example.com/"));
        assertEquals("Example Cloud Status", branding.title());
        assertEquals(Optional.of("https://cdn.example.com:8443/logo.svg"), branding.logoUrl());
        assertEquals(Optional.of("/brand/icon.png"), branding.faviconUrl());
        assertEquals(Optional.of("#0a5fb4"), branding.accentColor());
        assertEquals(List.of(new FooterLink("Imprint", "https://example.com/imprint"),
                new FooterLink("Privacy", "http://example.com/privacy?lang=en"),
                new FooterLink("Support", "https://support.example.com/")), branding.footerLinks());
        assertEquals(Set.of("https://cdn.example.com:8443"), branding.imageOrigins(), "a path on this site needs no origin");
        assertEquals(Map.of(), warnings);
    }

    @Test
    void aShortAccentColourIsAColourToo() {
        assertEquals(Optional.of("#06c"), read(Map.of("SDB_ACCENT_COLOR", "#06C")).accentColor());
    }

    @Test
    void aValueThatFailsItsCheckIsIgnoredWithAWarningThatSaysWhy() {
        BrandingSettings branding = read(Map.of(
                "SDB_ACCENT_COLOR", "red; } body { display: none",
                "SDB_SUPPORT_URL", "javascript:alert(1)",
                "SDB_IMPRINT_URL", "example.com/imprint",
                "SDB_PRIVACY_URL", "https://example.com/privacy",
                "SDB_LOGO_URL", "//evil.example/logo.png",
                "SDB_FAVICON_URL", "data:image/png;base64,AAAA",
                "SDB_TITLE", "x".repeat(81)));
        assertEquals(Optional.empty(), branding.accentColor());
        assertEquals(Optional.empty(), branding.logoUrl());
        assertEquals(Optional.empty(), branding.faviconUrl());
        assertEquals("Status Dashboard", branding.title());
        assertEquals(List.of(new FooterLink("Privacy", "https://example.com/privacy")), branding.footerLinks());
        assertEquals(Set.of("SDB_ACCENT_COLOR", "SDB_SUPPORT_URL", "SDB_IMPRINT_URL", "SDB_LOGO_URL", "SDB_FAVICON_URL",
                "SDB_TITLE"), warnings.keySet());
        assertTrue(warnings.get("SDB_ACCENT_COLOR").contains("not a colour like #0a5fb4"), warnings.toString());
        assertTrue(warnings.get("SDB_SUPPORT_URL").contains("not an http or https URL"), warnings.toString());
    }

    @Test
    void colourNamesAndOtherNotationsAreNotAccepted() {
        for (String value : List.of("blue", "#12345", "#1234567", "rgb(0,0,0)", "0a5fb4", "#0a5fb4;")) {
            warnings.clear();
            assertEquals(Optional.empty(), read(Map.of("SDB_ACCENT_COLOR", value)).accentColor(), value);
            assertEquals(Set.of("SDB_ACCENT_COLOR"), warnings.keySet(), value);
        }
    }
}
