package io.statusdashboard.incident.api;

import java.util.Map;

/** How an operator's change of events went. */
public sealed interface ChangeOutcome {

    /** Saved; {@code eventId} is the event the operator should see next. */
    record Saved(long eventId) implements ChangeOutcome {}

    /** Refused by the rules; nothing was written. Messages are keyed by form field. */
    record Rejected(Map<String, String> messages) implements ChangeOutcome {

        public Rejected {
            messages = Map.copyOf(messages);
        }
    }

    /** Somebody saved the event first; nothing was written. {@code current} is what they saved. */
    record Conflict(EventView current) implements ChangeOutcome {}
}
