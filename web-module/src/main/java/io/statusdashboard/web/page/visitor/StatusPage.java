package io.statusdashboard.web.page.visitor;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.DayStatus;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventSpan;
import io.statusdashboard.incident.api.UptimeBar;
import io.statusdashboard.web.StatusIcon;
import io.statusdashboard.web.platform.errors.ErrorPage;
import io.statusdashboard.web.platform.language.PageTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /} and {@code /index}: one region at a time ({@code ?region=EU-DE}), so the page
 * stays small whatever the catalog's size and the switch works without JavaScript.
 */
@Named
@RequestScoped
public class StatusPage {

    /** How far back the uptime bars reach. */
    public static final int UPTIME_DAYS = 90;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private EventQueries events;

    @Inject
    @ConfigProperty(name = "SDB_DEFAULT_REGION")
    private Optional<String> defaultRegion;

    @Inject
    @Param
    private String region;

    private StatusBoard board;
    private LocalDateTime now;

    /** View action: builds the board from three reads, or answers 404 for a region that does not exist. */
    public void load() throws IOException {
        List<ComponentView> components = catalog.components();
        List<String> regions = StatusBoard.regionsOf(components);
        if (region != null && !regions.contains(region)) {
            ErrorPage.send(404, "detail.noRegion", region);
            return;
        }
        now = LocalDateTime.now(ZoneOffset.UTC);
        String shown = StatusBoard.regionToShow(regions, region, defaultRegion.map(String::strip).orElse(null));
        board = StatusBoard.of(components, events.current(now),
                events.recent(StatusBoard.componentIdsOf(components, shown), UPTIME_DAYS, now), shown);
    }

    public StatusBoard getBoard() {
        return board;
    }

    public StatusIcon[] getLegend() {
        return StatusIcon.values();
    }

    public DayStatus[] getDayStatuses() {
        return DayStatus.values();
    }

    public String regionLink(String name) {
        return Faces.getRequestContextPath() + "/?region=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    public EventBadge badge(EventSpan event) {
        return EventBadge.of(event, now);
    }

    /** A component's bar as SVG in the visitor's language, safe to insert raw. */
    public String uptimeSvg(UptimeBar bar) {
        return UptimeBarSvg.of(bar, PageTexts.bundle());
    }

    public String percent(UptimeBar bar) {
        return UptimeBarSvg.percent(bar, PageTexts.locale());
    }

    /** "3 open events" beside another region's name. */
    public String openEvents(int count) {
        return PageTexts.format("status.openEvents", count);
    }

    /** What the bars show, with their length. */
    public String uptimeExplained(int days) {
        return PageTexts.format("status.uptimeExplained", days);
    }
}
