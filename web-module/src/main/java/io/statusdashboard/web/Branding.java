package io.statusdashboard.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The installation's name, logo, favicon, accent colour and footer links for every page (see
 * {@link BrandingSettings}). Read once at start from configuration, never from a request: the
 * pages that show them are shared through the response cache.
 */
@Named
@ApplicationScoped
public class Branding {

    private static final Logger LOG = Logger.getLogger(Branding.class.getName());

    @Inject
    private Config config;

    private BrandingSettings settings;

    @PostConstruct
    void read() {
        settings = BrandingSettings.read(name -> config.getOptionalValue(name, String.class),
                (name, reason) -> LOG.warning(() -> name + " is ignored: " + reason));
    }

    /** Creates the bean at start, so the log names a wrong value before the first request. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        // nothing else to do: @PostConstruct has checked and reported the settings
    }

    public String getTitle() {
        return settings.title();
    }

    /** The logo's URL, or null when none is configured. */
    public String getLogoUrl() {
        return settings.logoUrl().orElse(null);
    }

    /** The configured favicon's URL, or null for the dashboard's own. */
    public String getFaviconUrl() {
        return settings.faviconUrl().orElse(null);
    }

    public Optional<String> accentColor() {
        return settings.accentColor();
    }

    public List<BrandingSettings.FooterLink> getFooterLinks() {
        return settings.footerLinks();
    }

    public Set<String> imageOrigins() {
        return settings.imageOrigins();
    }
}
