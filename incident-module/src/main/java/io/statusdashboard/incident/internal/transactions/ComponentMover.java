package io.statusdashboard.incident.internal.transactions;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.internal.persistence.EventEntity;
import io.statusdashboard.incident.internal.rules.UpdateTexts;
import java.time.LocalDateTime;

/**
 * Moves a component from one event to another with an entry in each timeline, for every path that
 * moves components (operators' forms, monitoring's reports, API v2), so they all read alike.
 */
final class ComponentMover {

    private ComponentMover() {}

    /**
     * @param closeFrom the component is the source's last: the source is resolved instead, and keeps
     *     the component so that its history and availability still count it
     * @param author who caused the move, or null for monitoring's automatic decisions
     */
    static void move(ComponentView component, EventEntity from, EventEntity to, boolean closeFrom, LocalDateTime now,
            String author) {
        String movedTo = UpdateTexts.movedTo(component, to.id(), to.title(), closeFrom);
        if (closeFrom) {
            from.addUpdate(now, EventStatus.RESOLVED, movedTo, author);
            from.end(now, now);
        } else {
            from.addUpdate(now, EventStatus.SYSTEM, movedTo, author);
            from.removeComponent(component.id(), now);
        }
        to.addComponent(component.id(), now);
        to.addUpdate(now, EventStatus.SYSTEM, UpdateTexts.movedFrom(component, from.id(), from.title()), author);
    }
}
