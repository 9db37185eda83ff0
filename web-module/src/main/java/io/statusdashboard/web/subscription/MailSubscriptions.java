package io.statusdashboard.web.subscription;

import java.util.Set;

/**
 * Visitors' e-mail subscriptions: subscribing (double opt-in), confirming and unsubscribing by the
 * tokens of the links in the mails. Addresses go in and never come out: nothing here answers one.
 */
public interface MailSubscriptions {

    /** What became of a subscription request. */
    enum Outcome {
        /** Stored unconfirmed, a confirmation mail is on its way. */
        SUBSCRIBED,
        /** Not an address that may subscribe; nothing stored. */
        BAD_ADDRESS,
        /** No known region or service chosen; nothing stored. */
        NO_TARGETS,
        /** Too many requests for the address or from the client; nothing stored. */
        TOO_MANY,
        /** Mail is not configured; nothing stored. */
        OFF
    }

    /** True when SMTP, the sender address and the public URL are configured. */
    boolean enabled();

    /**
     * @param client the requesting client's address, for the rate limit
     * @param language the language tag of the page, which the mails will speak
     */
    Outcome subscribe(String address, Set<String> regions, Set<Integer> componentIds, String client, String language);

    /** Confirms the subscription of a confirmation link's token; false for an unknown or expired one. */
    boolean confirm(String token);

    /** Ends the subscription of any token its mails carried; false when there was none (already ended). */
    boolean unsubscribe(String token);

    /** How many confirmed subscriptions there are: the most anyone is told about them. */
    long confirmedCount();
}
