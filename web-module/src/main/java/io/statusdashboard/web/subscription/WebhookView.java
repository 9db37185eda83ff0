package io.statusdashboard.web.subscription;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A registered endpoint, without its secret (shown once, at registration).
 *
 * @param note why it was disabled, or null
 * @param createdAt naive UTC
 * @param createdBy the operator or API caller who registered it
 */
public record WebhookView(long id, String url, WebhookTargetsFollowed follows, String description, boolean enabled,
        String note, LocalDateTime createdAt, String createdBy) {

    public WebhookView {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(follows, "follows");
    }
}
