package io.statusdashboard.web.subscription.internal;

import io.statusdashboard.web.subscription.WebhookSending;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the outbox, the webhooks' and the mails' ({@link MailSender}): every few seconds, and at
 * once after a change committed, it turns recorded changes into deliveries
 * ({@link OutboxWriter#expand}), then claims the due deliveries ({@link OutboxTransactions#claimDue})
 * and POSTs each to its endpoint, signed. Every instance runs one; the claim's row locks make each delivery go out from one of them.
 * Each of those steps runs in a transaction of its own begun by {@link SenderTransactions}, without
 * which the locks would not last past their statement on this thread (it says why). Redirects
 * are not followed (a redirect could lead to a target the checks refuse); only a 2xx answer counts
 * as delivered. The log names the endpoint's id and host, never its full URL, which may carry a
 * token, nor the secret. About once an hour a round also clears out what is no longer needed
 * ({@link OutboxHousekeeping}).
 */
@ApplicationScoped
public class WebhookSender implements WebhookSending {

    public static final String TIMESTAMP_HEADER = "X-Webhook-Timestamp";
    public static final String ID_HEADER = "X-Webhook-Id";
    static final Duration POLL = Duration.ofSeconds(5);
    /** How soon a nudge is acted on. */
    static final Duration TICK = Duration.ofSeconds(1);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** How often a round also runs {@link OutboxHousekeeping}. */
    static final Duration HOUSEKEEPING = Duration.ofHours(1);
    private static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService executor;

    @Inject
    private OutboxTransactions outbox;

    @Inject
    private OutboxWriter writer;

    @Inject
    private SubscriptionSettings settings;

    @Inject
    private MailSender mail;

    @Inject
    private OutboxHousekeeping housekeeping;

    @Inject
    private SenderTransactions transactions;

    // HTTP/1.1: over plain http the client would otherwise ask every receiver to upgrade to h2c,
    // which some receivers' servers mishandle on a POST.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    /** One round at a time per instance; a nudge during a round asks for another right after. */
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile long nextRoundNanos = System.nanoTime();
    /** The first round sweeps; rounds run one at a time, so no two sweeps overlap on this instance. */
    private long nextSweepNanos = System.nanoTime();
    private ScheduledFuture<?> schedule;

    @Override
    public synchronized void start() {
        if (schedule == null) {
            schedule = executor.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(),
                    TimeUnit.MILLISECONDS);
            LOG.info(() -> "Webhook sender started: the outbox is read every " + POLL.toSeconds() + " s");
        }
    }

    /**
     * Sends what is due at the next tick rather than at the next round. Only a flag: a task handed
     * to the executor from here would carry the calling request's context, and Payara closes that
     * context's non-transactional EntityManager when such a task ends, while the request still
     * reads with it ("operation on a closed EntityManager").
     */
    public void soon() {
        nudged.set(true);
    }

    /** Every {@link #TICK}: a round when nudged or when {@link #POLL} has passed since the last one. */
    void tick() {
        long now = System.nanoTime();
        if (nudged.getAndSet(false) || now - nextRoundNanos >= 0) {
            nextRoundNanos = now + POLL.toNanos();
            sendDue();
        }
    }

    void sendDue() {
        if (!sending.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                int expanded;
                do {
                    expanded = transactions.inTransaction(() -> writer.expand(OutboxTime.now()));
                } while (expanded > 0);
                List<OutboxTransactions.Claimed> claimed;
                do {
                    claimed = transactions.inTransaction(() -> outbox.claimDue(OutboxTime.now(), BATCH));
                    claimed.forEach(this::attempt);
                } while (claimed.size() == BATCH);
                mail.sendDue();
            } while (again.get());
            if (System.nanoTime() - nextSweepNanos >= 0) {
                nextSweepNanos = System.nanoTime() + HOUSEKEEPING.toNanos();
                transactions.runInTransaction(() -> housekeeping.sweep(OutboxTime.now()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook round failed; the next round tries again", e);
        } finally {
            sending.set(false);
        }
    }

    private void attempt(OutboxTransactions.Claimed delivery) {
        String result;
        boolean delivered = false;
        Optional<String> refused = settings.targets().refusal(delivery.url());
        if (refused.isPresent()) {
            result = "not sent: " + refused.get();
        } else {
            try {
                HttpResponse<Void> response = http.send(request(delivery, Instant.now()),
                        HttpResponse.BodyHandlers.discarding());
                result = "HTTP " + response.statusCode();
                delivered = response.statusCode() / 100 == 2;
            } catch (HttpTimeoutException e) {
                result = "no answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
            } catch (IOException e) {
                result = "connection failed";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                // Left leased: its lease runs out and it is sent again, with the same id.
                return;
            } catch (IllegalArgumentException e) {
                result = "not sent: " + WebhookTargets.MALFORMED;
            }
        }
        LocalDateTime now = OutboxTime.now();
        String outcome = result;
        if (delivered) {
            transactions.runInTransaction(() -> outbox.delivered(delivery, now, outcome));
            LOG.fine(() -> describe(delivery) + " delivered");
        } else {
            Optional<LocalDateTime> next = transactions.inTransaction(() -> outbox.failed(delivery, now, outcome));
            LOG.info(() -> describe(delivery) + " failed (" + outcome + "), "
                    + next.map(at -> "next attempt at " + at + " UTC").orElse("given up"));
        }
    }

    /** The request of one attempt; the body is the stored payload, byte for byte. */
    static HttpRequest request(OutboxTransactions.Claimed delivery, Instant sentAt) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "status-dashboard-webhooks")
                .header(WebhookSignature.HEADER, WebhookSignature.of(body, delivery.secret()))
                .header(TIMESTAMP_HEADER, String.valueOf(sentAt.getEpochSecond()))
                .header(ID_HEADER, delivery.deliveryId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static String describe(OutboxTransactions.Claimed delivery) {
        return "Webhook " + delivery.webhookId() + " (" + JdbcWebhooks.host(delivery.url()) + ") delivery "
                + delivery.deliveryId();
    }

    @PreDestroy
    synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
