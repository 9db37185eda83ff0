package io.statusdashboard.web.api.feed;

import io.statusdashboard.web.FeedLink;
import io.statusdashboard.web.FeedLinks;
import io.statusdashboard.web.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.util.List;

/**
 * Every feed, calendar, badge and JSON document a region or a service offers, in one list, for the
 * pages to name: {@code #{feeds.ofRegion('EU-DE')}}, {@code #{feeds.ofService('EU-DE', 'Elastic Cloud Server')}}.
 */
@Named
@ApplicationScoped
public class Feeds {

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private ServletContext servletContext;

    public List<FeedLink> ofRegion(String region) {
        return FeedLinks.of(root(), region, null);
    }

    public List<FeedLink> ofService(String region, String service) {
        return FeedLinks.of(root(), region, service);
    }

    private String root() {
        return publicUrl.base().orElse(servletContext.getContextPath());
    }
}
