package io.statusdashboard.incident.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of {@code incident_component_relation}, for queries only (never persisted): filtering
 * events by component in a subquery over this entity works where one over {@link EventEntity}'s
 * element collection sends EclipseLink into endless recursion once it batch-fetches the events'
 * relations, and it reads the components that had events without touching the events.
 * {@link EventEntity#componentIds} remains the only way these rows are written.
 */
@Entity
@Table(name = "incident_component_relation")
@IdClass(EventComponentRow.Key.class)
public class EventComponentRow {

    @Id
    @Column(name = "incident_id")
    private Integer eventId;

    @Id
    @Column(name = "component_id")
    private Integer componentId;

    protected EventComponentRow() {}

    /** The composite key JPA needs: the pair is unique. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer eventId;
        private Integer componentId;

        public Key() {}

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(eventId, key.eventId)
                    && Objects.equals(componentId, key.componentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, componentId);
        }
    }
}
