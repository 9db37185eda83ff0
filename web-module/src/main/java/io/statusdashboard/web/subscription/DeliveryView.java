package io.statusdashboard.web.subscription;

import java.time.LocalDateTime;

/**
 * One delivery of the outbox as operators see it.
 *
 * @param deliveryId the idempotency id receivers get
 * @param state {@code pending} (waiting for its first attempt or a retry), {@code delivered} or {@code failed}
 * @param lastResult the last attempt's HTTP status or failure, or null before the first attempt
 * @param createdAt naive UTC, as every time here
 * @param nextAttemptAt the next try while pending
 */
public record DeliveryView(long id, String deliveryId, long eventId, String change, String state, int attempts,
        String lastResult, LocalDateTime createdAt, LocalDateTime lastAttemptAt, LocalDateTime nextAttemptAt,
        LocalDateTime deliveredAt) {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
}
