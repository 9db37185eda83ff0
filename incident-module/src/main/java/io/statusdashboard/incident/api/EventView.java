package io.statusdashboard.incident.api;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An incident, maintenance or info event as the pages and the API see it.
 *
 * @param start naive UTC
 * @param end naive UTC, {@code null} while the event is open
 * @param system true when the monitoring API opened it
 * @param componentIds ids of the affected components; their names come from the catalog
 * @param updates the whole timeline, oldest first, including v1 description rows
 * @param version increases with every save; operators' forms carry it to detect a concurrent save
 * @param creator who created the event (a token's or sign-in's name); null for events made before
 *     it was recorded, by monitoring's shared key, or by the original dashboards
 * @param contactEmail whom to ask about a maintenance request; null when none was given
 */
public record EventView(
        long id,
        String title,
        String description,
        Impact impact,
        EventType type,
        LocalDateTime start,
        LocalDateTime end,
        boolean system,
        String status,
        Set<Integer> componentIds,
        List<UpdateView> updates,
        int version,
        String creator,
        String contactEmail) {

    private static final Comparator<UpdateView> CHRONOLOGICAL =
            Comparator.comparing(UpdateView::timestamp).thenComparingLong(UpdateView::id);

    /** Events as lists show them: the latest start first, the higher id first among equal starts. */
    public static final Comparator<EventView> NEWEST_FIRST =
            Comparator.comparing(EventView::start).thenComparingLong(EventView::id).reversed();

    public EventView {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        componentIds = Set.copyOf(componentIds);
        updates = updates.stream().sorted(CHRONOLOGICAL).toList();
    }

    /** An event without a recorded creator or contact (all events before the review flow). */
    public EventView(long id, String title, String description, Impact impact, EventType type, LocalDateTime start,
            LocalDateTime end, boolean system, String status, Set<Integer> componentIds, List<UpdateView> updates,
            int version) {
        this(id, title, description, impact, type, start, end, system, status, componentIds, updates, version, null,
                null);
    }

    /**
     * Whether visitors may see it: every event but a maintenance request waiting for review or
     * reviewed and not yet planned by the clock.
     */
    /** The updates as timelines show them, the newest first ({@link #updates()} is the oldest first). */
    public List<UpdateView> updatesNewestFirst() {
        List<UpdateView> newestFirst = new ArrayList<>(updates);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public boolean isPublished() {
        return status == null || !EventStatus.UNPUBLISHED.contains(status);
    }

    /** A maintenance request waiting for an operator's review. */
    public boolean isPendingReview() {
        return EventStatus.PENDING_REVIEW.equals(status);
    }

    /** The newest timeline entry (description rows are not part of the timeline), or {@code null}. */
    public UpdateView latestUpdate() {
        for (int i = updates.size() - 1; i >= 0; i--) {
            if (updates.get(i).isTimelineEntry()) {
                return updates.get(i);
            }
        }
        return null;
    }

    /**
     * Where the event stands: its stored status, which follows the newest timeline entry that is a
     * status (a migration filled it in for the Flask dashboard's rows, as status-dashboard-v3's
     * did). Null when there is none: an automatic note, v3's empty status, or no entry at all.
     */
    public String currentStatus() {
        return EventStatus.isStatus(status) ? status : null;
    }

    /** The description: the v3 column, or a v1 maintenance's description row; null when there is none. */
    public String descriptionText() {
        if (description != null && !description.isBlank()) {
            return description;
        }
        return updates.stream()
                .filter(update -> !update.isTimelineEntry())
                .map(UpdateView::text)
                .findFirst()
                .orElse(null);
    }

    /**
     * The timeline in the order it was written (v1 description rows left out): API v2 numbers an
     * event's updates by their position in this list, for reading and for editing alike.
     */
    public List<UpdateView> timelineAsWritten() {
        return updates.stream()
                .filter(UpdateView::isTimelineEntry)
                .sorted(Comparator.comparingLong(UpdateView::id))
                .toList();
    }

    public boolean isMaintenance() {
        return type == EventType.MAINTENANCE;
    }

    public boolean isIncident() {
        return type == EventType.INCIDENT;
    }

    /** Started, and not ended yet (by its end, or by a status that ends it). */
    public boolean isActiveAt(LocalDateTime now) {
        return !isEndedByStatus() && !start.isAfter(now) && (end == null || end.isAfter(now));
    }

    /** A maintenance whose window has not opened yet, and that nobody cancelled. */
    public boolean isPlannedAt(LocalDateTime now) {
        return isMaintenance() && !isEndedByStatus() && start.isAfter(now);
    }

    /**
     * A maintenance or announcement whose stored status says it is over, whatever its window:
     * cancelled, or completed before its planned end (the API changes the status without touching
     * the window). An incident's end is always its end date.
     */
    public boolean isEndedByStatus() {
        return !isIncident() && (EventStatus.CANCELLED.equals(status) || EventStatus.COMPLETED.equals(status));
    }

    /** Closed: an end that has come. */
    public boolean isClosedAt(LocalDateTime now) {
        return end != null && !end.isAfter(now);
    }

    public boolean affects(int componentId) {
        return componentIds.contains(componentId);
    }
}
