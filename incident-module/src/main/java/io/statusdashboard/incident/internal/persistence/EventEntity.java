package io.statusdashboard.incident.internal.persistence;

import io.statusdashboard.incident.api.ApiEventDraft;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.NewEvent;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.incident.internal.rules.ActiveEvent;
import io.statusdashboard.incident.internal.rules.ApiEventRules;
import io.statusdashboard.incident.internal.rules.AvailabilityCalculator;
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
import java.util.Optional;
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

    /** Who created it (status-dashboard-v3's column); null for rows made before it was recorded. */
    @Column(name = "created_by")
    private String creator;

    /** Whom to ask about a maintenance (status-dashboard-v3's column). */
    @Column(name = "contact_email")
    private String contactEmail;

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
    public static EventEntity systemIncident(String title, Impact impact, LocalDateTime start, int componentId) {
        return systemIncident(title, null, impact, start, componentId);
    }

    /** A new system incident for one component; {@code description} null for none. */
    public static EventEntity systemIncident(String title, String description, Impact impact, LocalDateTime start,
            Integer componentId) {
        EventEntity event = new EventEntity();
        event.title = title;
        event.description = description;
        event.impact = impact.level();
        event.type = EventType.INCIDENT.columnValue();
        event.startDate = start;
        event.system = true;
        event.createdAt = start;
        event.modifiedAt = start;
        if (componentId != null) {
            event.componentIds.add(componentId);
        }
        return event;
    }

    /** An event an operator opens. */
    public static EventEntity opened(NewEvent opening, LocalDateTime now) {
        return opened(opening, null, null, now);
    }

    /** An event opened on the pages by {@code creator}, with a contact for a maintenance (null for none). */
    static EventEntity opened(NewEvent opening, String creator, String contactEmail, LocalDateTime now) {
        EventEntity event = new EventEntity();
        event.creator = creator;
        event.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
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

    /** An event an API v2 client posts, with no timeline yet; {@code creator} null when nobody is named. */
    public static EventEntity posted(ApiEventDraft draft, String creator, LocalDateTime now) {
        EventEntity event = new EventEntity();
        event.creator = creator;
        event.contactEmail = draft.contactEmail() == null || draft.contactEmail().isBlank() ? null
                : draft.contactEmail().strip();
        event.title = draft.title();
        event.impact = draft.impact();
        event.type = draft.type().columnValue();
        event.startDate = draft.start();
        event.endDate = draft.end();
        event.description = draft.description() == null || draft.description().isEmpty() ? null : draft.description();
        event.system = draft.system();
        event.createdAt = now;
        event.modifiedAt = now;
        event.componentIds.addAll(draft.componentIds());
        return event;
    }

    /**
     * The incident API v2's extract makes of this event: its title, description and impact, an
     * operator's, starting now, without components until they are moved in.
     */
    public EventEntity extracted(LocalDateTime now) {
        EventEntity event = new EventEntity();
        event.title = title;
        event.impact = impact;
        event.type = EventType.INCIDENT.columnValue();
        event.startDate = now;
        event.description = description;
        event.system = false;
        event.createdAt = now;
        event.modifiedAt = now;
        return event;
    }

    /** A copy of this event's kind for one of its components, as "separate" makes it. */
    public EventEntity separated(String newTitle, int componentId, LocalDateTime now) {
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

    public int version() {
        return version == null ? 0 : version;
    }

    Set<Integer> componentIds() {
        return Set.copyOf(componentIds);
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    public void retitle(String newTitle, LocalDateTime at) {
        title = newTitle.strip();
        modifiedAt = at;
    }

    public void reschedule(LocalDateTime newStart, LocalDateTime newEnd, LocalDateTime at) {
        startDate = newStart;
        endDate = newEnd;
        modifiedAt = at;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Impact impact() {
        return Impact.ofLevel(impact);
    }

    String status() {
        return status;
    }

    public void addComponent(int componentId, LocalDateTime at) {
        componentIds.add(componentId);
        modifiedAt = at;
    }

    public void removeComponent(int componentId, LocalDateTime at) {
        componentIds.remove(componentId);
        modifiedAt = at;
    }

    public void changeImpact(Impact newImpact, LocalDateTime at) {
        impact = newImpact.level();
        modifiedAt = at;
    }

    /** Takes the fields an API v2 patch leaves (its timeline entry is added separately). */
    public void patch(ApiEventRules.PatchedFields fields, LocalDateTime at) {
        title = fields.title();
        description = fields.description();
        impact = fields.impact().level();
        type = fields.type().columnValue();
        startDate = fields.start();
        endDate = fields.end();
        status = fields.status();
        modifiedAt = at;
    }

    /** One of this event's timeline entries. */
    public Optional<EventUpdateEntity> update(long updateId) {
        return updates.stream().filter(update -> update.id() == updateId).findFirst();
    }

    public void changeContact(String newContact, LocalDateTime at) {
        contactEmail = newContact.strip();
        modifiedAt = at;
    }

    public void touch(LocalDateTime at) {
        modifiedAt = at;
    }

    /** Sets or, with null, clears the end. */
    public void end(LocalDateTime end, LocalDateTime at) {
        endDate = end;
        modifiedAt = at;
    }

    /**
     * Adds a timeline entry; the event's current status follows its newest entry that is a status
     * (an automatic {@code SYSTEM} note leaves it as it was, as status-dashboard-v3 does).
     */
    void addUpdate(LocalDateTime at, String updateStatus, String text) {
        addUpdate(at, updateStatus, text, null);
    }

    /** A timeline entry written by an operator, who is recorded with it. */
    public void addUpdate(LocalDateTime at, String updateStatus, String text, String author) {
        updates.add(new EventUpdateEntity(this, at, updateStatus, text, author));
        if (EventStatus.isStatus(updateStatus)) {
            status = updateStatus;
        }
        modifiedAt = at;
    }

    /** An automatic entry that leaves the status as it is (the maintenance clock sets that separately). */
    public void appendEntry(LocalDateTime at, String entryStatus, String text, LocalDateTime now) {
        updates.add(new EventUpdateEntity(this, at, entryStatus, text, null));
        modifiedAt = now;
    }

    public void changeStatus(String newStatus, LocalDateTime now) {
        status = newStatus;
        modifiedAt = now;
    }

    /** This outage as one interval per affected component. */
    Stream<AvailabilityCalculator.Outage> outages() {
        return componentIds.stream().map(component -> new AvailabilityCalculator.Outage(component, startDate, endDate));
    }

    public ActiveEvent toActiveEvent() {
        return new ActiveEvent(id, eventType(), Impact.ofLevel(impact), Boolean.TRUE.equals(system), startDate,
                componentIds);
    }

    /**
     * As {@link #toActiveEvent} for an event read because it holds this component, naming that
     * component alone: its others stay unread.
     */
    public ActiveEvent toActiveEventHolding(int componentId) {
        return new ActiveEvent(id, eventType(), Impact.ofLevel(impact), Boolean.TRUE.equals(system), startDate,
                Set.of(componentId));
    }

    public EventView toView() {
        List<UpdateView> timeline = updates.stream()
                .filter(update -> update.timestamp() != null)
                .map(EventUpdateEntity::toView)
                .toList();
        return new EventView(id, title == null ? "" : title, description, Impact.ofLevel(impact), eventType(),
                startDate, endDate, Boolean.TRUE.equals(system), status, componentIds, timeline,
                version == null ? 0 : version, creator, contactEmail);
    }

    private EventType eventType() {
        return eventType(type, impact);
    }

    /** The type of a row, also when read as plain columns. */
    static EventType eventType(String type, int impact) {
        // Rows written by the Flask dashboard before the v3 columns existed get their type from the
        // migration; this fallback only covers a database edited by hand since.
        if (type == null) {
            return impact == 0 ? EventType.MAINTENANCE : EventType.INCIDENT;
        }
        return EventType.ofColumnValue(type);
    }
}
