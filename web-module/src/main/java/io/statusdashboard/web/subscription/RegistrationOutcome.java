package io.statusdashboard.web.subscription;

/** What registering an endpoint came to. */
public sealed interface RegistrationOutcome {

    /** Stored; {@code secret} is the key deliveries are signed with, shown to its owner this once. */
    record Registered(WebhookView webhook, String secret) implements RegistrationOutcome {}

    /**
     * Nothing stored.
     *
     * @param field the registration's field at fault: url, targets or description
     */
    record Refused(String field, String message) implements RegistrationOutcome {}
}
