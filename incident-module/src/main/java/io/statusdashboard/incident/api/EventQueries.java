package io.statusdashboard.incident.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Read side of events. Each method costs a bounded number of queries, whatever the data size. Only
 * {@link #findAny}, {@link #activity} and filters {@link EventFilter#withUnpublished() with
 * unpublished} events read maintenance requests that wait for review or publication; every other
 * read is for visitors and leaves them out.
 */
public interface EventQueries {

    /**
     * Active events and planned maintenances at {@code now} (naive UTC), each with its component
     * ids and its latest timeline entry.
     */
    CurrentEvents current(LocalDateTime now);

    /**
     * Every event (not deleted) visitors may see, newest start first, each with its components and
     * timeline, handed to {@code action} one at a time as they are read: memory holds one event,
     * not the whole history. One statement, read through a cursor in a transaction (the caller's,
     * or one of its own), which stays open while the action runs: the action should turn the event
     * into what it needs (JSON, say) and return.
     */
    void forEachEvent(Consumer<? super EventView> action);

    /**
     * The events of {@link #forEachEvent} that affect any of the given components, in its order and
     * in the same way, one at a time; other events are not read. One statement, however many
     * components are given and however long their history.
     */
    void forEachEventAffecting(Set<Integer> componentIds, Consumer<? super EventView> action);

    /** The newest events (by start) affecting any of the given components. */
    List<EventView> newestAffecting(Set<Integer> componentIds, int limit);

    /** The newest events of one type (by start) affecting any of the given components. */
    List<EventView> newestAffecting(Set<Integer> componentIds, EventType type, int limit);

    /** The newest events of one type (by start), whatever they affect. */
    List<EventView> newestOfType(EventType type, int limit);

    /**
     * One event with its components and timeline, or empty for an unknown or deleted id, or one
     * visitors may not see ({@link EventView#isPublished()}).
     */
    Optional<EventView> find(long id);

    /** As {@link #find}, also an unpublished request: for signed-in people and authenticated API callers. */
    Optional<EventView> findAny(long id);

    /** How many maintenance requests wait for review. One statement. */
    long pendingReviewCount();

    /**
     * The timeline entries written last, newest first, with their event's title and author: the
     * operators' record of who changed what.
     *
     * @param page 1 for the first page
     */
    ActivityPage activity(long page, int pageSize);

    /**
     * The events (incidents, maintenances, announcements) affecting any of the given components
     * that were under way at some time in the {@code days} days up to {@code now} (today included),
     * without their timelines. One statement, however many components are given and however long
     * their history.
     */
    RecentEvents recent(Set<Integer> componentIds, int days, LocalDateTime now);

    /** Events closed (end at or before {@code now}) with an end in {@code [from, to)}. */
    History closedBetween(LocalDateTime from, LocalDateTime to, LocalDateTime now);

    /**
     * The first moment after {@code now} at which a stored event starts or ends (a planned
     * maintenance beginning, a scheduled end), or empty when none lies ahead. Pages that show the
     * current state are valid until then.
     */
    Optional<LocalDateTime> nextTransitionAfter(LocalDateTime now);

    /**
     * A value that changes whenever events, their components or their timelines change, whoever
     * writes them (this dashboard, another instance, an older dashboard sharing the database).
     * One statement (on PostgreSQL the read of a sequence its triggers move).
     */
    String fingerprint();

    /** Availability of every component over the {@code months} months up to and including now's. */
    Availability availability(int months, LocalDateTime now);

    /**
     * One page of the events the filter selects at {@code now}, newest start first, with how many
     * it selects in all: a count, the page, and its components and timelines in one batch each.
     *
     * @param page 1 for the first page
     * @param pageSize events per page
     */
    EventPage matching(EventFilter filter, long page, int pageSize, LocalDateTime now);

    /**
     * Every event the filter selects at {@code now}, newest start first, handed over one at a time
     * as {@link #forEachEvent} does. Two statements: the ids the filter selects, then their events
     * through a cursor.
     */
    void forEachMatching(EventFilter filter, LocalDateTime now, Consumer<? super EventView> action);

    /** Availability per month as API v2 reports it, over {@code months} months up to now's. */
    MonthlyAvailability monthlyAvailability(int months, LocalDateTime now);
}
