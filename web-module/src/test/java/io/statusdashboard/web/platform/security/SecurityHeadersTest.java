package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Content-Security-Policy lets the pages load a configured logo, and nothing else from elsewhere. */
class SecurityHeadersTest {

    @Test
    void imagesComeFromThisSiteUnlessALogoLivesElsewhere() {
        String own = SecurityHeaders.contentSecurityPolicy(Set.of());
        assertTrue(own.contains("img-src 'self' data:;"), own);
        String withLogo = SecurityHeaders.contentSecurityPolicy(List.of("https://cdn.example.com"));
        assertTrue(withLogo.contains("img-src 'self' data: https://cdn.example.com;"), withLogo);
        assertTrue(withLogo.contains("script-src 'self';") && withLogo.contains("style-src 'self';"), withLogo);
    }
}
