package io.statusdashboard.incident.internal;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.NewEvent;
import io.statusdashboard.incident.api.UpdateView;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** A row of the stackmon {@code incident} table: an incident, a maintenance or an announcement. */
@Entity
@Table(name = "incident")
public class EventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "text", nullable = false)
    private String title;

    @Column(name = "description")
    private String description;

    @Column(name = "impact", nullable = false)
    private Integer impact;

    @Column(name = "type", nullable = false)
    private String type;

    @Column(name = "start_date", nullable = false)
    private LocalDateTime startDate;

    @Column(name = "end_date")
    private LocalDateTime endDate;

    @Column(name = "system")
    private Boolean system;

    @Column(name = "status")
    private String status;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "modified_at")
    private LocalDateTime modifiedAt;

    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    @Version
    @Column(name = "version")
    private Integer version;

    @ElementCollection
    @CollectionTable(name = "incident_component_relation", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "component_id")
    private Set<Integer> componentIds = new HashSet<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.PERSIST)
    private List<EventUpdateEntity> updates = new ArrayList<>();

    protected EventEntity() {}

    /** A new incident opened by the monitoring API. */
    static EventEntity systemIncident(String title, Impact impact, LocalDateTime start, int componentId) {
        EventEntity event = new EventEntity();
        event.title = title;
        event.impact = impact.level();
        event.type = EventType.INCIDENT.columnValue();
        event.startDate = start;
        event.system = true;
        event.createdAt = start;
        event.modifiedAt = start;
        event.componentIds.add(componentId);
        return event;
    }

    /** An event an operator opens. */
    static EventEntity opened(NewEvent opening, LocalDateTime now) {
        EventEntity event = new EventEntity();
        event.title = opening.title().strip();
        event.impact = opening.impact().level();
        event.type = opening.type().columnValue();
        event.startDate = opening.start();
        event.endDate = opening.end();
        event.description = opening.description() == null || opening.description().isBlank() ? null
                : opening.description().strip();
        event.system = false;
        event.createdAt = now;
        event.modifiedAt = now;
        event.componentIds.addAll(opening.componentIds());
        return event;
    }

    /** A copy of this event's kind for one of its components, as "separate" makes it. */
    EventEntity separated(String newTitle, int componentId, LocalDateTime now) {
        EventEntity event = new EventEntity();
        event.title = newTitle;
        event.impact = impact;
        event.type = type;
        event.startDate = startDate;
        event.endDate = endDate;
        event.description = description;
        event.system = system;
        event.createdAt = now;
        event.modifiedAt = now;
        event.componentIds.add(componentId);
        return event;
    }

    int version() {
        return version == null ? 0 : version;
    }

    Set<Integer> componentIds() {
        return Set.copyOf(componentIds);
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    void retitle(String newTitle, LocalDateTime at) {
        title = newTitle.strip();
        modifiedAt = at;
    }

    void reschedule(LocalDateTime newStart, LocalDateTime newEnd, LocalDateTime at) {
        startDate = newStart;
        endDate = newEnd;
        modifiedAt = at;
    }

    long id() {
        return id;
    }

    String title() {
        return title;
    }

    Impact impact() {
        return Impact.ofLevel(impact);
    }

    void addComponent(int componentId, LocalDateTime at) {
        componentIds.add(componentId);
        modifiedAt = at;
    }

    void removeComponent(int componentId, LocalDateTime at) {
        componentIds.remove(componentId);
        modifiedAt = at;
    }

    void changeImpact(Impact newImpact, LocalDateTime at) {
        impact = newImpact.level();
        modifiedAt = at;
    }

    /** Sets or, with null, clears the end. */
    void end(LocalDateTime end, LocalDateTime at) {
        endDate = end;
        modifiedAt = at;
    }

    /** Adds a timeline entry; the event's current status follows its newest entry. */
    void addUpdate(LocalDateTime at, String updateStatus, String text) {
        addUpdate(at, updateStatus, text, null);
    }

    /** A timeline entry written by an operator, who is recorded with it. */
    void addUpdate(LocalDateTime at, String updateStatus, String text, String author) {
        updates.add(new EventUpdateEntity(this, at, updateStatus, text, author));
        status = updateStatus;
        modifiedAt = at;
    }

    /** An automatic entry that leaves the status as it is (the maintenance clock sets that separately). */
    void appendEntry(LocalDateTime at, String entryStatus, String text, LocalDateTime now) {
        updates.add(new EventUpdateEntity(this, at, entryStatus, text, null));
        modifiedAt = now;
    }

    void changeStatus(String newStatus, LocalDateTime now) {
        status = newStatus;
        modifiedAt = now;
    }

    /** This outage as one interval per affected component. */
    Stream<AvailabilityCalculator.Outage> outages() {
        return componentIds.stream().map(component -> new AvailabilityCalculator.Outage(component, startDate, endDate));
    }

    ActiveEvent toActiveEvent() {
        return new ActiveEvent(id, eventType(), Impact.ofLevel(impact), Boolean.TRUE.equals(system), startDate,
                componentIds);
    }

    EventView toView() {
        List<UpdateView> timeline = updates.stream()
                .filter(update -> update.timestamp() != null)
                .map(EventUpdateEntity::toView)
                .toList();
        return new EventView(id, title == null ? "" : title, description, Impact.ofLevel(impact), eventType(),
                startDate, endDate, Boolean.TRUE.equals(system), status, componentIds, timeline,
                version == null ? 0 : version);
    }

    private EventType eventType() {
        // Rows written by the Flask dashboard before the v3 columns existed get their type from the
        // migration; this fallback only covers a database edited by hand since.
        if (type == null) {
            return impact == 0 ? EventType.MAINTENANCE : EventType.INCIDENT;
        }
        return EventType.ofColumnValue(type);
    }
}
