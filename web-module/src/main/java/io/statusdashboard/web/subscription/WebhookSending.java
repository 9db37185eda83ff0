package io.statusdashboard.web.subscription;

/** The sender that empties the outbox; started once the schema is migrated. */
public interface WebhookSending {

    void start();
}
