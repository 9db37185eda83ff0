package io.statusdashboard.incident.internal;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
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
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    @ElementCollection
    @CollectionTable(name = "incident_component_relation", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "component_id")
    private Set<Integer> componentIds = new HashSet<>();

    @OneToMany(mappedBy = "event")
    private List<EventUpdateEntity> updates;

    protected EventEntity() {}

    EventView toView() {
        UpdateView latest = updates.stream()
                .filter(update -> update.timestamp() != null)
                .map(EventUpdateEntity::toView)
                .filter(UpdateView::isTimelineEntry)
                .max(Comparator.comparing(UpdateView::timestamp).thenComparingLong(UpdateView::id))
                .orElse(null);
        return new EventView(id, title == null ? "" : title, description, Impact.ofLevel(impact), eventType(),
                startDate, endDate, Boolean.TRUE.equals(system), status, componentIds, latest);
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
