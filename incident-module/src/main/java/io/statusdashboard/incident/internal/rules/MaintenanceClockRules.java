package io.statusdashboard.incident.internal.rules;

import static io.statusdashboard.incident.api.EventStatus.ACTIVE;
import static io.statusdashboard.incident.api.EventStatus.CANCELLED;
import static io.statusdashboard.incident.api.EventStatus.COMPLETED;
import static io.statusdashboard.incident.api.EventStatus.IN_PROGRESS;
import static io.statusdashboard.incident.api.EventStatus.MODIFIED;
import static io.statusdashboard.incident.api.EventStatus.PLANNED;
import static io.statusdashboard.incident.api.EventStatus.REVIEWED;

import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the maintenance clock writes for one event at one moment, as a pure function of the event's
 * window, its stored status and its timeline; the same event at the same moment after the change
 * yields nothing, so a pass that runs twice writes once.
 *
 * <p>Maintenances: the stored status follows the window's edges. The window opening moves
 * {@code planned} to {@code in progress}, and its closing moves {@code planned}, {@code in progress}
 * and {@code modified} to {@code completed}; each move adds the entry of the edge crossed, stamped
 * at the window's start or end, unless the timeline has it already (a pass that finds the window
 * already closed adds both). What an operator decided stays: {@code cancelled} and {@code completed}
 * are final, an {@code in progress} an operator gave is kept, and a {@code modified} written
 * once the window was open is kept until the window closes (one written before it opened moves on
 * when it opens, like {@code planned}). Statuses the clock does not know are left alone.
 *
 * <p>A reviewed maintenance request becomes {@code planned} at the next pass, with the planned
 * entry, and then follows its window like any other; one pending review is left alone.
 *
 * <p>Rows of the original Flask dashboard carry no status. An upcoming or running one is taken over
 * (its status set from the window, or from its operators' timeline entries); one whose window
 * closed before the clock saw it is history and stays exactly as it was.
 *
 * <p>Announcements (info events) keep the status they were given, as status-dashboard-v3 keeps
 * it; the clock adds their {@code active} entry once they start and {@code completed} once they
 * end. One without a status was not made through an API and has no such timeline.
 */
public final class MaintenanceClockRules {

    private static final Set<String> MAINTENANCE_STATUSES =
            Set.of(REVIEWED, PLANNED, IN_PROGRESS, MODIFIED, COMPLETED, CANCELLED);
    private static final Set<String> INFO_STATUSES = Set.of(PLANNED, ACTIVE, COMPLETED, CANCELLED);
    /**
     * The maintenance statuses the clock moves on; every other one is an operator's final word or
     * not the clock's (a request pending review waits for an operator, whatever the time).
     */
    private static final Set<String> MAINTENANCE_MOVING = Set.of(REVIEWED, PLANNED, IN_PROGRESS, MODIFIED);
    private static final Set<String> INFO_RUNNING = Set.of(PLANNED, ACTIVE);

    /**
     * @param status the new stored status, or {@code null} to keep the stored one
     * @param entries timeline entries to append, oldest first
     */
    public record Change(String status, List<Entry> entries) {

        public Change {
            entries = List.copyOf(entries);
        }
    }

    /** An automatic timeline entry (no author). */
    public record Entry(LocalDateTime at, String status, String text) {}

    private MaintenanceClockRules() {}

    /** What to write for {@code event} at {@code now}, or empty when it is as it should be. */
    public static Optional<Change> changeOf(EventView event, LocalDateTime now) {
        return switch (event.type()) {
            case MAINTENANCE -> maintenance(event, now);
            case INFO -> announcement(event, now);
            case INCIDENT -> Optional.empty();
        };
    }

    private static Optional<Change> maintenance(EventView event, LocalDateTime now) {
        if (event.status() == null && event.isClosedAt(now)) {
            return Optional.empty();
        }
        String current = currentStatus(event, MAINTENANCE_STATUSES);
        if (current != null && !MAINTENANCE_MOVING.contains(current)) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        if (REVIEWED.equals(current)) {
            // An approved request is published as planned, stamped at the pass that publishes it
            // (or at its start, should the approval have come that late), and moves on from there.
            addUnlessPresent(entries, event, event.start().isBefore(now) ? event.start() : now, PLANNED,
                    UpdateTexts.MAINTENANCE_PLANNED);
            current = PLANNED;
        }
        String target;
        if (event.start().isAfter(now)) {
            target = current == null ? PLANNED : current;
        } else if (event.end() == null || event.end().isAfter(now)) {
            if (movesOnWhenTheWindowOpens(event, current)) {
                addUnlessPresent(entries, event, event.start(), IN_PROGRESS, UpdateTexts.MAINTENANCE_IN_PROGRESS);
                target = IN_PROGRESS;
            } else {
                target = current;
            }
        } else {
            addUnlessPresent(entries, event, event.start(), IN_PROGRESS, UpdateTexts.MAINTENANCE_IN_PROGRESS);
            addUnlessPresent(entries, event, event.end(), COMPLETED, UpdateTexts.MAINTENANCE_COMPLETED);
            target = COMPLETED;
        }
        String status = target.equals(event.status()) ? null : target;
        return status == null && entries.isEmpty() ? Optional.empty() : Optional.of(new Change(status, entries));
    }

    /**
     * Planned (or no status yet) moves on. So does a modification made before the window opened;
     * one made inside the open window is the operator's word until the window closes, and so is
     * the work an operator started by hand.
     */
    private static boolean movesOnWhenTheWindowOpens(EventView event, String current) {
        if (current == null || PLANNED.equals(current)) {
            return true;
        }
        if (!MODIFIED.equals(current) || has(event, IN_PROGRESS)) {
            return false;
        }
        LocalDateTime modified = event.updates().stream()
                .filter(update -> MODIFIED.equals(update.status()))
                .map(UpdateView::timestamp)
                .max(LocalDateTime::compareTo)
                .orElse(null);
        return modified == null || modified.isBefore(event.start());
    }

    private static Optional<Change> announcement(EventView event, LocalDateTime now) {
        String current = currentStatus(event, INFO_STATUSES);
        if (current == null || !INFO_RUNNING.contains(current) || event.start().isAfter(now)) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        addUnlessPresent(entries, event, event.start(), ACTIVE, UpdateTexts.INFO_ACTIVE);
        if (event.isClosedAt(now)) {
            addUnlessPresent(entries, event, event.end(), COMPLETED, UpdateTexts.INFO_COMPLETED);
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(new Change(null, entries));
    }

    /**
     * The event's place in its life: the stored status, or, where the row has none (the Flask
     * dashboard stored none) or a move's {@code SYSTEM} note, the latest timeline entry of the life.
     */
    static String currentStatus(EventView event, Set<String> life) {
        String stored = event.status();
        if (stored != null && !EventStatus.SYSTEM.equals(stored) && !UpdateView.DESCRIPTION_STATUS.equals(stored)) {
            return stored;
        }
        String latest = null;
        for (UpdateView update : event.updates()) {
            if (life.contains(update.status())) {
                latest = update.status();
            }
        }
        return latest;
    }

    private static boolean has(EventView event, String status) {
        return event.updates().stream().anyMatch(update -> Objects.equals(status, update.status()));
    }

    private static void addUnlessPresent(List<Entry> entries, EventView event, LocalDateTime at, String status,
            String text) {
        if (!has(event, status)) {
            entries.add(new Entry(at, status, text));
        }
    }
}
