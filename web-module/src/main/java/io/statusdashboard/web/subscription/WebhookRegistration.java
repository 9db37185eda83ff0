package io.statusdashboard.web.subscription;

import java.util.List;

/**
 * An endpoint to register, as the API or the operator's form received it.
 *
 * @param regions region names, as the catalog spells them
 * @param componentIds component ids
 * @param description what it is for, up to 500 characters; may be null
 */
public record WebhookRegistration(String url, List<String> regions, List<Integer> componentIds, String description) {

    public WebhookRegistration {
        regions = regions == null ? List.of() : List.copyOf(regions);
        componentIds = componentIds == null ? List.of() : List.copyOf(componentIds);
    }
}
