package io.statusdashboard.incident.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Read side of events. Each method costs a bounded number of queries, whatever the data size. */
public interface EventQueries {

    /**
     * Active events and planned maintenances at {@code now} (naive UTC), each with its component
     * ids and its latest timeline entry.
     */
    CurrentEvents current(LocalDateTime now);

    /** Every event (not deleted), newest start first, each with its components and timeline. */
    List<EventView> all();

    /**
     * Every event (not deleted) affecting any of the given components, newest start first, each
     * with its components and timeline; other events are not read. Three statements, however many
     * components are given and however long their history.
     */
    List<EventView> allAffecting(Set<Integer> componentIds);

    /** The newest events (by start) affecting any of the given components. */
    List<EventView> newestAffecting(Set<Integer> componentIds, int limit);

    /** One event with its components and timeline, or empty for an unknown or deleted id. */
    Optional<EventView> find(long id);

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
     * One statement.
     */
    String fingerprint();

    /** Availability of every component over the {@code months} months up to and including now's. */
    Availability availability(int months, LocalDateTime now);
}
