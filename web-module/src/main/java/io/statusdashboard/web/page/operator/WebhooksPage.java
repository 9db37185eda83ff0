package io.statusdashboard.web.page.operator;

import io.statusdashboard.catalog.api.CatalogQueries;
import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.web.platform.language.PageTexts;
import io.statusdashboard.web.platform.security.CurrentOperator;
import io.statusdashboard.web.subscription.DeliveryView;
import io.statusdashboard.web.subscription.MailSubscriptions;
import io.statusdashboard.web.subscription.RegistrationOutcome;
import io.statusdashboard.web.subscription.WebhookRegistration;
import io.statusdashboard.web.subscription.WebhookView;
import io.statusdashboard.web.subscription.Webhooks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /operator/webhooks}: the registered endpoints with their newest deliveries and
 * failures, and a form to register one. A plain POST; a refusal appears beside its field, a
 * registration redirects back to the list with the new secret, which the page shows this once
 * (through the flash, so a reload does not show it again).
 */
@Named
@RequestScoped
public class WebhooksPage {

    static final String FORM = "register";
    /** The request parameter of the region checkboxes: one value per region chosen. */
    static final String REGIONS = "regions";
    static final String NOT_A_LIST_OF_IDS = "Service ids are numbers separated by commas";
    private static final String SECRET = "webhookSecret";
    private static final String REGISTERED = "webhookRegistered";
    private static final int DELIVERIES_SHOWN = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One endpoint as the page lists it. */
    public record Endpoint(WebhookView webhook, String follows, List<DeliveryView> deliveries) {}

    @Inject
    private Webhooks webhooks;

    @Inject
    private MailSubscriptions mailSubscriptions;

    @Inject
    private CatalogQueries catalog;

    @Inject
    private CurrentOperator operator;

    private String url;
    private String description;
    private String components;
    private List<Endpoint> endpoints;

    /** How many confirmed e-mail subscriptions there are; operators see this count, never an address. */
    public long getMailSubscribers() {
        return mailSubscriptions.confirmedCount();
    }

    public void register() throws IOException {
        List<Integer> componentIds = new ArrayList<>();
        String[] chosen = Faces.getRequestParameterValues(REGIONS);
        List<String> regions = chosen == null ? List.of() : List.copyOf(new LinkedHashSet<>(Arrays.asList(chosen)));
        if (components != null && !components.isBlank()) {
            try {
                Arrays.stream(components.split("[,\\s]+")).filter(part -> !part.isEmpty())
                        .map(Integer::valueOf).forEach(componentIds::add);
            } catch (NumberFormatException e) {
                Messages.addError(FORM + ":components", NOT_A_LIST_OF_IDS);
                return;
            }
        }
        RegistrationOutcome outcome = webhooks.register(new WebhookRegistration(url, regions, componentIds, description),
                operator.get().orElseThrow().name());
        if (outcome instanceof RegistrationOutcome.Registered registered) {
            Faces.getFlash().put(SECRET, registered.secret());
            Faces.getFlash().put(REGISTERED, registered.webhook().url());
            Faces.redirect(Faces.getRequestContextPath() + "/operator/webhooks");
            return;
        }
        RegistrationOutcome.Refused refused = (RegistrationOutcome.Refused) outcome;
        Messages.addError(FORM + ":" + (refused.field().equals("targets") ? "components" : refused.field()),
                sentence(refused.message()));
    }

    /** The subscriptions' refusals are API texts ("url must be ..."); the form shows them as sentences. */
    static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
    }

    public List<Endpoint> getEndpoints() {
        if (endpoints == null) {
            Map<Integer, ComponentView> byId = catalog.componentsById();
            endpoints = webhooks.all().stream()
                    .map(webhook -> new Endpoint(webhook, follows(webhook, byId),
                            webhooks.recentDeliveries(webhook.id(), DELIVERIES_SHOWN)))
                    .toList();
        }
        return endpoints;
    }

    private static String follows(WebhookView webhook, Map<Integer, ComponentView> byId) {
        Stream<String> regions = webhook.follows().regions().stream().sorted().map(region -> "all of " + region);
        Stream<String> services = webhook.follows().componentIds().stream().sorted().map(id -> {
            ComponentView component = byId.get(id);
            return component == null ? "service " + id : component.name() + " (" + component.region() + ")";
        });
        return Stream.concat(regions, services).collect(Collectors.joining(", "));
    }

    public List<String> getRegions() {
        return catalog.regions();
    }

    /** Whether a region's box was ticked in the form sent back. */
    public boolean isChosen(String region) {
        String[] chosen = Faces.getRequestParameterValues(REGIONS);
        return chosen != null && Set.of(chosen).contains(region);
    }

    public String getNewSecret() {
        return (String) Faces.getFlash().get(SECRET);
    }

    public String getNewUrl() {
        return (String) Faces.getFlash().get(REGISTERED);
    }

    public String time(LocalDateTime utc) {
        return utc == null ? "–" : TIME.format(utc) + " UTC";
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getComponents() {
        return components;
    }

    public void setComponents(String components) {
        this.components = components;
    }

    /** "registered 2026-12-02 10:00 UTC by alice" in the page's language. */
    public String registeredBy(WebhookView webhook) {
        return PageTexts.format("webhooks.registeredBy", time(webhook.createdAt()), webhook.createdBy());
    }

    /** "3 attempts" in the page's language. */
    public String attempts(int count) {
        return PageTexts.format("webhooks.attempts", count);
    }
}
