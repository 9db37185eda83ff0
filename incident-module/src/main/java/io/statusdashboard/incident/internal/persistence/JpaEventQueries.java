package io.statusdashboard.incident.internal.persistence;

import io.statusdashboard.incident.api.ActivityEntry;
import io.statusdashboard.incident.api.ActivityPage;
import io.statusdashboard.incident.api.Availability;
import io.statusdashboard.incident.api.CurrentEvents;
import io.statusdashboard.incident.api.EventFilter;
import io.statusdashboard.incident.api.EventPage;
import io.statusdashboard.incident.api.EventQueries;
import io.statusdashboard.incident.api.EventSpan;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.History;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.MonthlyAvailability;
import io.statusdashboard.incident.api.RecentEvents;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.incident.internal.rules.AvailabilityCalculator;
import io.statusdashboard.incident.internal.rules.MonthlyAvailabilityCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads events in three statements whatever their number: the events, then the component ids and
 * the updates of all of them in one batch each.
 */
@ApplicationScoped
public class JpaEventQueries implements EventQueries {

    @PersistenceContext(unitName = "incident")
    private EntityManager entityManager;

    private volatile Boolean hasChangeSequence;

    /**
     * Most component ids one query lists as parameters; it is repeated in each batch read, and
     * PostgreSQL takes at most 32767 parameters per statement.
     */
    static final int MOST_IDS_IN_A_STATEMENT = 1000;

    /** How related rows are fetched: see {@link #withComponentsAndUpdates}. */
    enum BatchFetch { IN, JOIN }

    /** Events read only to become views: no change tracking, no working copies. */
    private static Stream<EventView> views(TypedQuery<EventEntity> query, BatchFetch batch) {
        return withComponentsAndUpdates(query.setHint("eclipselink.read-only", "true"), batch).map(EventEntity::toView);
    }

    @Override
    public CurrentEvents current(LocalDateTime now) {
        List<EventView> events = views(entityManager
                // Active (started, not ended) or planned (a maintenance not started yet, so not ended
                // either): written as "not ended, and started or a maintenance", which the index on
                // (end_date, start_date) answers without reading the history.
                .createQuery("SELECT e FROM EventEntity e WHERE e.deletedAt IS NULL AND " + EventFilterJpql.PUBLISHED
                        + " AND (e.endDate IS NULL OR e.endDate > :now)"
                        + " AND (e.startDate <= :now OR e.type = :maintenance)", EventEntity.class)
                .setParameter("now", now)
                .setParameter("maintenance", EventType.MAINTENANCE.columnValue()), BatchFetch.IN)
                .toList();
        return new CurrentEvents(now,
                events.stream().filter(event -> event.isActiveAt(now)).toList(),
                events.stream().filter(event -> event.isPlannedAt(now)).toList());
    }

    /**
     * In a transaction: the cursor is read on the persistence context's connection, which the
     * provider lends out only inside one, and PostgreSQL's driver reads a result in fetches only
     * outside autocommit.
     */
    @Override
    @Transactional
    public void forEachEvent(Consumer<? super EventView> action) {
        throughCursor(connection -> EventCursor.forEach(connection, action));
    }

    @Override
    @Transactional
    public void forEachEventAffecting(Set<Integer> componentIds, Consumer<? super EventView> action) {
        throughCursor(connection -> EventCursor.forEachAffecting(connection, componentIds, MOST_IDS_IN_A_STATEMENT,
                action));
    }

    /** A read of {@link EventCursor} on the persistence context's connection. */
    private interface CursorRead {
        void readOn(Connection connection) throws SQLException;
    }

    /** Runs the read on the persistence context's connection (in the caller's transaction). */
    private void throughCursor(CursorRead read) {
        try {
            read.readOn(entityManager.unwrap(Connection.class));
        } catch (SQLException e) {
            throw new PersistenceException("events not read", e);
        }
    }

    @Override
    public List<EventView> newestAffecting(Set<Integer> componentIds, int limit) {
        if (componentIds.isEmpty()) {
            return List.of();
        }
        // IN: the limit keeps the list of ids short, and a JOIN would ignore the limit.
        return views(entityManager.createQuery(
                        "SELECT DISTINCT e FROM EventEntity e JOIN e.componentIds c WHERE c IN :components"
                                + " AND e.deletedAt IS NULL AND " + EventFilterJpql.PUBLISHED + " ORDER BY e.startDate DESC, e.id DESC",
                        EventEntity.class)
                .setParameter("components", componentIds)
                .setMaxResults(limit), BatchFetch.IN)
                .toList();
    }

    @Override
    public List<EventView> newestAffecting(Set<Integer> componentIds, EventType type, int limit) {
        if (componentIds.isEmpty()) {
            return List.of();
        }
        return views(entityManager.createQuery(
                        "SELECT DISTINCT e FROM EventEntity e JOIN e.componentIds c WHERE c IN :components"
                                + " AND e.type = :type AND e.deletedAt IS NULL AND " + EventFilterJpql.PUBLISHED
                                + " ORDER BY e.startDate DESC, e.id DESC",
                        EventEntity.class)
                .setParameter("components", componentIds)
                .setParameter("type", type.columnValue())
                .setMaxResults(limit), BatchFetch.IN)
                .toList();
    }

    @Override
    public List<EventView> newestOfType(EventType type, int limit) {
        return views(entityManager.createQuery(
                        "SELECT e FROM EventEntity e WHERE e.type = :type AND e.deletedAt IS NULL AND "
                                + EventFilterJpql.PUBLISHED + " ORDER BY e.startDate DESC, e.id DESC", EventEntity.class)
                .setParameter("type", type.columnValue())
                .setMaxResults(limit), BatchFetch.IN)
                .toList();
    }

    @Override
    public Optional<EventView> find(long id) {
        return findAny(id).filter(EventView::isPublished);
    }

    @Override
    public Optional<EventView> findAny(long id) {
        return views(entityManager
                        .createQuery("SELECT e FROM EventEntity e WHERE e.id = :id AND e.deletedAt IS NULL", EventEntity.class)
                        .setParameter("id", (int) Math.min(id, Integer.MAX_VALUE)), BatchFetch.IN)
                .findFirst();
    }

    @Override
    public long pendingReviewCount() {
        return entityManager.createQuery("SELECT COUNT(e) FROM EventEntity e WHERE e.deletedAt IS NULL"
                        + " AND e.status = :pending", Long.class)
                .setParameter("pending", EventStatus.PENDING_REVIEW)
                .getSingleResult();
    }

    @Override
    public ActivityPage activity(long page, int pageSize) {
        long total = entityManager.createQuery("SELECT COUNT(u) FROM EventUpdateEntity u JOIN u.event e"
                + " WHERE e.deletedAt IS NULL", Long.class).getSingleResult();
        if (page < 1 || (page - 1) * pageSize >= total) {
            return new ActivityPage(List.of(), total);
        }
        // Newest written first: the row's id, since an entry's time is the one its author gave.
        List<ActivityEntry> entries = entityManager.createQuery("SELECT u, e.id, e.title FROM EventUpdateEntity u"
                        + " JOIN u.event e WHERE e.deletedAt IS NULL ORDER BY u.id DESC", Object[].class)
                .setFirstResult((int) ((page - 1) * pageSize))
                .setMaxResults(pageSize)
                .setHint("eclipselink.read-only", "true")
                .getResultStream()
                .map(row -> {
                    UpdateView update = ((EventUpdateEntity) row[0]).toView();
                    return new ActivityEntry(update.id(), ((Number) row[1]).longValue(),
                            row[2] == null ? "" : (String) row[2], update.status(), update.text(), update.timestamp(),
                            update.author());
                })
                .toList();
        return new ActivityPage(entries, total);
    }

    @Override
    public RecentEvents recent(Set<Integer> componentIds, int days, LocalDateTime now) {
        LocalDate firstDay = RecentEvents.firstDayOf(days, now);
        if (componentIds.isEmpty()) {
            return new RecentEvents(firstDay, days, now, List.of());
        }
        // Listing the components keeps the rows to theirs; past the parameter limit they are most
        // of the catalog, and the period's rows of all components cost no more.
        boolean listed = componentIds.size() <= MOST_IDS_IN_A_STATEMENT;
        // Plain columns, one row per event and component: one statement, no entities to build.
        TypedQuery<Object[]> query = entityManager.createQuery("SELECT e.id, e.title, e.impact, e.type, e.status,"
                        + " e.startDate, e.endDate, c FROM EventEntity e JOIN e.componentIds c"
                        + " WHERE e.deletedAt IS NULL AND " + EventFilterJpql.PUBLISHED
                        + " AND (e.endDate IS NULL OR e.endDate >= :from)"
                        + " AND e.startDate <= :now" + (listed ? " AND c IN :components" : ""), Object[].class)
                .setParameter("from", firstDay.atStartOfDay())
                .setParameter("now", now);
        if (listed) {
            query.setParameter("components", componentIds);
        }
        Map<Integer, Object[]> rows = new LinkedHashMap<>();
        Map<Integer, Set<Integer>> components = new HashMap<>();
        query.getResultStream()
                .filter(row -> componentIds.contains((Integer) row[7]))
                .forEach(row -> {
                    rows.putIfAbsent((Integer) row[0], row);
                    components.computeIfAbsent((Integer) row[0], id -> new HashSet<>()).add((Integer) row[7]);
                });
        List<EventSpan> spans = rows.values().stream()
                .map(row -> new EventSpan((Integer) row[0], row[1] == null ? "" : (String) row[1],
                        Impact.ofLevel((Integer) row[2]), EventEntity.eventType((String) row[3], (Integer) row[2]),
                        (String) row[4], localDateTime(row[5]), localDateTime(row[6]), components.get((Integer) row[0])))
                .toList();
        return new RecentEvents(firstDay, days, now, spans);
    }

    @Override
    public History closedBetween(LocalDateTime from, LocalDateTime to, LocalDateTime now) {
        LocalDateTime until = to.isBefore(now) ? to : now;
        List<EventView> events = views(entityManager
                        .createQuery("SELECT e FROM EventEntity e WHERE e.deletedAt IS NULL AND " + EventFilterJpql.PUBLISHED
                                + " AND e.endDate >= :from"
                                + " AND e.endDate <= :until ORDER BY e.endDate DESC, e.id DESC", EventEntity.class)
                        .setParameter("from", from)
                        .setParameter("until", until), BatchFetch.JOIN)
                .filter(event -> event.end().isBefore(to))
                .toList();
        Object[] range = entityManager
                .createQuery("SELECT MIN(e.endDate), MAX(e.endDate) FROM EventEntity e"
                        + " WHERE e.deletedAt IS NULL AND " + EventFilterJpql.PUBLISHED + " AND e.endDate <= :now",
                        Object[].class)
                .setParameter("now", now)
                .getSingleResult();
        return new History(events, year(range[0]), year(range[1]));
    }

    @Override
    public Optional<LocalDateTime> nextTransitionAfter(LocalDateTime now) {
        return Stream.of("startDate", "endDate")
                .map(column -> localDateTime(entityManager
                        .createQuery("SELECT MIN(e." + column + ") FROM EventEntity e"
                                + " WHERE e.deletedAt IS NULL AND e." + column + " > :now")
                        .setParameter("now", now)
                        .getSingleResult()))
                .filter(Objects::nonNull)
                .min(LocalDateTime::compareTo);
    }

    @Override
    public String fingerprint() {
        if (changeSequence()) {
            // PostgreSQL: moved by triggers at the commit of any change (migration V7).
            return entityManager.createNativeQuery("SELECT CAST(last_value AS VARCHAR) || CAST(is_called AS VARCHAR)"
                    + " FROM incident_change_seq").getSingleResult().toString();
        }
        // H2, which the tests open beside the running dashboard: aggregates that move on any insert,
        // delete, close, reopen, impact change, retitle or move; one scan of each table.
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT"
                        + " (SELECT COUNT(*) FROM incident), (SELECT MAX(id) FROM incident),"
                        + " (SELECT SUM(impact) FROM incident), (SELECT SUM(LENGTH(text)) FROM incident),"
                        + " (SELECT SUM(LENGTH(COALESCE(description, '')) + LENGTH(COALESCE(status, ''))) FROM incident),"
                        + " (SELECT SUM(EXTRACT(EPOCH FROM start_date)) FROM incident),"
                        + " (SELECT SUM(EXTRACT(EPOCH FROM end_date)) FROM incident),"
                        + " (SELECT COUNT(end_date) FROM incident), (SELECT COUNT(deleted_at) FROM incident),"
                        + " (SELECT COUNT(*) FROM incident_status), (SELECT MAX(id) FROM incident_status),"
                        + " (SELECT SUM(LENGTH(text)) FROM incident_status),"
                        + " (SELECT COUNT(*) FROM incident_component_relation),"
                        + " (SELECT SUM(CAST(incident_id AS BIGINT) * 131071 + component_id) FROM incident_component_relation)")
                .getSingleResult();
        return Arrays.toString(row);
    }

    @Override
    public Availability availability(int months, LocalDateTime now) {
        YearMonth current = YearMonth.from(now);
        List<YearMonth> period = IntStream.range(0, months).mapToObj(i -> current.minusMonths(months - 1L - i)).toList();
        LocalDateTime from = period.get(0).atDay(1).atStartOfDay();
        // Outages only: impact 3 incidents with an end. One query, component ids fetched in one batch.
        List<AvailabilityCalculator.Outage> outages = entityManager
                .createQuery("SELECT e FROM EventEntity e WHERE e.deletedAt IS NULL AND e.impact = :outage"
                        + " AND e.type = :incident AND e.endDate IS NOT NULL AND e.endDate > :from AND e.startDate < :now",
                        EventEntity.class)
                .setParameter("outage", Impact.OUTAGE.level())
                .setParameter("incident", EventType.INCIDENT.columnValue())
                .setParameter("from", from)
                .setParameter("now", now)
                .setHint("eclipselink.read-only", "true")
                .setHint("eclipselink.batch.type", BatchFetch.JOIN.name())
                .setHint("eclipselink.batch", "e.componentIds")
                .getResultStream()
                .flatMap(EventEntity::outages)
                .toList();
        Map<Integer, List<Double>> percent = new HashMap<>();
        AvailabilityCalculator.compute(outages, period, now).forEach((component, values) ->
                percent.put(component, Arrays.stream(values).boxed().toList()));
        return new Availability(period, percent);
    }

    @Override
    public EventPage matching(EventFilter filter, long page, int pageSize, LocalDateTime now) {
        EventFilterJpql jpql = EventFilterJpql.of(filter, now);
        long total = jpql.bind(entityManager.createQuery("SELECT COUNT(e) FROM EventEntity e WHERE " + jpql.where(),
                Long.class)).getSingleResult();
        long pages = (total + pageSize - 1) / pageSize;
        if (page < 1 || page > pages) {
            return new EventPage(List.of(), total);
        }
        // IN: the page keeps the list of ids short, and a JOIN would ignore the page's bounds.
        List<EventView> events = views(jpql.bind(entityManager.createQuery("SELECT e FROM EventEntity e WHERE "
                                + jpql.where() + " ORDER BY e.startDate DESC, e.id DESC", EventEntity.class))
                        .setFirstResult((int) ((page - 1) * pageSize))
                        .setMaxResults(pageSize), BatchFetch.IN)
                .toList();
        return new EventPage(events, total);
    }

    /**
     * The filter's JPQL selects the ids, so that it has one definition; the cursor reads the events
     * (only the selected ones by id when they are few, all of them skipping the others when many).
     */
    @Override
    @Transactional
    public void forEachMatching(EventFilter filter, LocalDateTime now, Consumer<? super EventView> action) {
        EventFilterJpql jpql = EventFilterJpql.of(filter, now);
        Set<Long> ids = new HashSet<>();
        for (Number id : jpql.bind(entityManager.createQuery("SELECT e.id FROM EventEntity e WHERE " + jpql.where(),
                Number.class)).getResultList()) {
            ids.add(id.longValue());
        }
        throughCursor(connection -> EventCursor.forEachOf(connection, ids, MOST_IDS_IN_A_STATEMENT, action));
    }

    @Override
    public MonthlyAvailability monthlyAvailability(int months, LocalDateTime now) {
        List<YearMonth> period = MonthlyAvailabilityCalculator.monthsUpTo(now, months);
        LocalDateTime from = period.get(period.size() - 1).atDay(1).atStartOfDay();
        // Two statements of plain rows, no entities: which components ever had an event, and the
        // closed outages of the period, one row per affected component. "Not related to a deleted
        // event" lets PostgreSQL hash the few deleted events instead of joining all of them.
        List<Integer> components = entityManager
                .createQuery("SELECT DISTINCT r.componentId FROM EventComponentRow r WHERE NOT EXISTS"
                        + " (SELECT e.id FROM EventEntity e WHERE e.id = r.eventId AND e.deletedAt IS NOT NULL)",
                        Integer.class)
                .getResultList();
        List<AvailabilityCalculator.Outage> outages = entityManager
                .createQuery("SELECT c, e.startDate, e.endDate FROM EventEntity e JOIN e.componentIds c"
                        + " WHERE e.deletedAt IS NULL AND e.impact = :outage AND e.endDate IS NOT NULL"
                        + " AND e.endDate > :from AND e.startDate < :now", Object[].class)
                .setParameter("outage", Impact.OUTAGE.level())
                .setParameter("from", from)
                .setParameter("now", now)
                .getResultStream()
                .map(row -> new AvailabilityCalculator.Outage((Integer) row[0], localDateTime(row[1]),
                        localDateTime(row[2])))
                .toList();
        return new MonthlyAvailability(period,
                MonthlyAvailabilityCalculator.compute(components, outages, period, now));
    }

    private static Integer year(Object timestamp) {
        LocalDateTime time = localDateTime(timestamp);
        return time == null ? null : time.getYear();
    }

    /** Aggregates come back as whatever the driver maps the column to. */
    private static LocalDateTime localDateTime(Object timestamp) {
        if (timestamp instanceof LocalDateTime time) {
            return time;
        }
        if (timestamp instanceof Timestamp time) {
            return time.toLocalDateTime();
        }
        return null;
    }

    /**
     * EclipseLink batch fetching: one query per collection for all events, never one per event.
     * IN lists the ids, for the few events of a page; it splits long lists into several statements,
     * so reads of a whole history use JOIN, which joins the related table to the events' own
     * condition and stays one statement however many events match. (EXISTS would too, but
     * PostgreSQL plans its correlated subquery far worse over a long history.)
     */
    private static Stream<EventEntity> withComponentsAndUpdates(TypedQuery<EventEntity> query, BatchFetch batch) {
        return query
                .setHint("eclipselink.batch.type", batch.name())
                .setHint("eclipselink.batch", "e.componentIds")
                .setHint("eclipselink.batch", "e.updates")
                .getResultStream();
    }

    /** Whether the database keeps a change sequence (PostgreSQL); asked once, it does not change while running. */
    private boolean changeSequence() {
        Boolean known = hasChangeSequence;
        if (known == null) {
            known = ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM information_schema.sequences"
                    + " WHERE sequence_name = 'incident_change_seq'").getSingleResult()).longValue() > 0;
            hasChangeSequence = known;
        }
        return known;
    }
}
