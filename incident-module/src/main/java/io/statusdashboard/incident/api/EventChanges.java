package io.statusdashboard.incident.api;

/** What operators change: open events, update them, separate a component into a new event. */
public interface EventChanges {

    ChangeOutcome open(NewEvent event, Operator operator);

    ChangeOutcome update(EventUpdate update, Operator operator);

    /** Moves one component of an open multi-component event into a new event of its own. */
    ChangeOutcome separate(long eventId, int version, int componentId, Operator operator);
}
