package io.statusdashboard.incident.internal.persistence;

import io.statusdashboard.incident.api.UpdateView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A row of the stackmon {@code incident_status} table: one entry of an event's timeline. */
@Entity
@Table(name = "incident_status")
public class EventUpdateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "incident_id")
    private EventEntity event;

    // Quoted: "timestamp" is a keyword, and the original schema uses it as a column name.
    @Column(name = "\"timestamp\"", nullable = false)
    private LocalDateTime timestamp;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "status", nullable = false)
    private String status;

    /** The operator who wrote it; null for automatic entries and rows of the original dashboards. */
    @Column(name = "created_by")
    private String author;

    protected EventUpdateEntity() {}

    EventUpdateEntity(EventEntity event, LocalDateTime timestamp, String status, String text, String author) {
        this.event = event;
        this.timestamp = timestamp;
        this.status = status;
        this.text = text;
        this.author = author;
    }

    long id() {
        return id;
    }

    LocalDateTime timestamp() {
        return timestamp;
    }

    boolean isTimelineEntry() {
        return !UpdateView.DESCRIPTION_STATUS.equals(status);
    }

    public void changeText(String newText) {
        text = newText;
    }

    public UpdateView toView() {
        return new UpdateView(id, timestamp, status, text == null ? "" : text, author);
    }
}
