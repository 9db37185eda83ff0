package io.statusdashboard.incident.api;

import java.util.List;
import java.util.Optional;

/**
 * API v2's writes of events, with status-dashboard-v3's rules and texts. Each runs in one
 * transaction under the same decision lock as status reports and the maintenance clock, writes
 * the caller's name on the timeline entries it adds, and tells the response cache to forget.
 */
public interface ApiEventWrites {

    String EVENT_NOT_FOUND = "event does not exist";
    String UPDATE_NOT_FOUND = "update does not exist";

    /** The refusal of a body naming a component that does not exist. */
    static String unknownComponent(long componentId) {
        return "component does not exist, component_id: " + componentId;
    }

    /**
     * The first of these ids no component has, if any: v3 checks a body's components before the
     * rest of it, so its clients get this answer first.
     */
    Optional<Long> firstUnknownComponent(List<Long> componentIds);

    /**
     * Creates an event for the components (an operator's), or places each component in the shared
     * system incident of the impact (monitoring's); answers one placement per component posted.
     *
     * A maintenance of a caller whose maintenances need review ({@link AccessRules}) is created
     * {@code pending review}; what the caller's role may not create is {@link ApiWriteOutcome.Forbidden}.
     *
     * @param actor the caller, recorded as the event's creator and on the timeline entries written
     */
    ApiWriteOutcome<List<ComponentPlacement>> create(ApiEventDraft draft, Actor actor);

    /**
     * Applies a status change and the fields sent, if the role table lets this caller change this
     * event so; answers the event as stored afterwards. An approval ({@code reviewed}) of a
     * request that was reviewed already, or any change naming a version that is not the event's,
     * is a {@link ApiWriteOutcome.Conflict} and writes nothing.
     */
    ApiWriteOutcome<EventView> patch(long eventId, ApiEventPatch patch, Actor actor);

    /**
     * Moves some of an event's components into a new incident of the same title, description and
     * impact; answers the new event.
     */
    ApiWriteOutcome<EventView> extract(long eventId, List<Integer> componentIds, String author);

    /**
     * Replaces the text of the timeline entry at this position (from 0, in the order written);
     * its status and time stay.
     */
    ApiWriteOutcome<UpdateView> editUpdateText(long eventId, int position, String text);
}
