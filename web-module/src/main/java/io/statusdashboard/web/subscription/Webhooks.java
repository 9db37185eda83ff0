package io.statusdashboard.web.subscription;

import java.util.List;
import java.util.Optional;

/** Registering, listing and removing webhook endpoints, and what was sent to them. */
public interface Webhooks {

    String UNKNOWN_REGION = "unknown region: ";
    String UNKNOWN_COMPONENT = "unknown component: ";
    String NO_TARGETS = "name regions or components to follow";
    String DESCRIPTION_TOO_LONG = "description is longer than 500 characters";

    /** Checks the URL and the targets against the catalog; stores the endpoint with a new secret. */
    RegistrationOutcome register(WebhookRegistration registration, String registeredBy);

    /** Every endpoint, oldest first. */
    List<WebhookView> all();

    Optional<WebhookView> find(long id);

    /** Removes the endpoint and its deliveries; false when there was none. */
    boolean delete(long id);

    /** The endpoint's newest deliveries, newest first. */
    List<DeliveryView> recentDeliveries(long webhookId, int limit);
}
