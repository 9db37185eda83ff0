package io.statusdashboard.incident.internal.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.incident.internal.persistence.EventEntity;
import io.statusdashboard.incident.internal.persistence.EventUpdateEntity;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Moves read alike on every path: a note in each event, and an emptied source resolved, keeping its last component. */
class ComponentMoverTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);
    private static final ComponentView ECS = new ComponentView(1, "ECS", Map.of("region", "EU-DE"));

    @Test
    void aComponentLeavingAnEventThatKeepsOthersLeavesItOpen() throws Exception {
        EventEntity from = saved(EventEntity.systemIncident("Minor", Impact.MINOR, NOW.minusHours(1), 1), 10);
        from.addComponent(2, NOW.minusHours(1));
        EventEntity to = saved(EventEntity.systemIncident("Major", Impact.MAJOR, NOW.minusMinutes(5), 3), 11);

        ComponentMover.move(ECS, from, to, false, NOW, "oscar");

        EventView source = viewOf(from);
        assertEquals(Set.of(2), source.componentIds());
        assertNull(source.end());
        UpdateView note = source.updates().get(0);
        assertEquals("SYSTEM", note.status());
        assertEquals("ECS (region: EU-DE) moved to <a href='/incidents/11'>Major</a>", note.text());
        assertEquals("oscar", note.author());
        EventView target = viewOf(to);
        assertEquals(Set.of(1, 3), target.componentIds());
        assertEquals("ECS (region: EU-DE) moved from <a href='/incidents/10'>Minor</a>", target.updates().get(0).text());
    }

    @Test
    void theLastComponentLeavingResolvesTheSourceWhichKeepsIt() throws Exception {
        EventEntity from = saved(EventEntity.systemIncident("Minor", Impact.MINOR, NOW.minusHours(1), 1), 10);
        EventEntity to = saved(EventEntity.systemIncident("Major", Impact.MAJOR, NOW.minusMinutes(5), 3), 11);

        ComponentMover.move(ECS, from, to, true, NOW, null);

        EventView source = viewOf(from);
        assertEquals(Set.of(1), source.componentIds(), "its history still names the component");
        assertEquals(NOW, source.end());
        assertEquals("resolved", source.currentStatus());
        assertEquals("ECS (region: EU-DE) moved to <a href='/incidents/11'>Major</a>, incident closed by system",
                source.updates().get(0).text());
    }

    /** The event as read back, its entries numbered as the database numbers them. */
    private static EventView viewOf(EventEntity event) throws ReflectiveOperationException {
        Field updates = EventEntity.class.getDeclaredField("updates");
        updates.setAccessible(true);
        Field id = EventUpdateEntity.class.getDeclaredField("id");
        id.setAccessible(true);
        int next = 1;
        for (Object update : (List<?>) updates.get(event)) {
            id.set(update, next++);
        }
        return event.toView();
    }

    /** As the database leaves it after the insert: with its id. */
    private static EventEntity saved(EventEntity event, int id) throws ReflectiveOperationException {
        Field field = EventEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(event, id);
        return event;
    }
}
