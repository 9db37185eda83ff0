package io.statusdashboard.web.status;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.web.errors.ErrorPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Backs {@code /} and {@code /index}: one region at a time ({@code ?region=EU-DE}), so the page
 * stays small whatever the catalog's size and the switch works without JavaScript.
 */
@Named
@RequestScoped
public class StatusPage {

    @Inject
    private CatalogQueries catalog;

    @Inject
    private EventQueries events;

    @Inject
    @Param
    private String region;

    private StatusBoard board;

    /** View action: builds the board from two reads, or answers 404 for a region that does not exist. */
    public void load() throws IOException {
        board = StatusBoard.of(catalog.components(), events.current(LocalDateTime.now(ZoneOffset.UTC)), region);
        if (region != null && !board.regions().contains(region)) {
            ErrorPage.send(404, "There is no region " + region + ".");
        }
    }

    public StatusBoard getBoard() {
        return board;
    }

    public StatusIcon[] getLegend() {
        return StatusIcon.values();
    }

    public String regionLink(String name) {
        return Faces.getRequestContextPath() + "/?region=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    public String updateHtml(String text) {
        return UpdateText.toHtml(text, Faces.getRequestContextPath());
    }
}
