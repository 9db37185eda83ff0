package io.statusdashboard.incident.internal.rules;

import static io.statusdashboard.incident.api.EventStatus.CHANGED;
import static io.statusdashboard.incident.api.EventStatus.COMPLETED;
import static io.statusdashboard.incident.api.EventStatus.IN_PROGRESS;
import static io.statusdashboard.incident.api.EventStatus.MODIFIED;

import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventUpdate;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.NewEvent;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules operators' changes must follow (statuses per event type, dates in order and never in the
 * future, titles and texts within their lengths), as pure functions: each returns the
 * problems keyed by form field, empty when the change may be saved.
 */
public final class EventRules {

    static final int TITLE_MIN = 8;
    public static final int TITLE_MAX = 200;
    static final int MESSAGE_MIN = 10;
    static final int MESSAGE_MAX = 200;
    static final int DESCRIPTION_MAX = 500;
    /** How far back a start may be entered: older dates are typing mistakes, not incidents. */
    static final Period OLDEST_START = Period.ofYears(1);
    static final String TOO_OLD = "The start cannot be more than a year ago";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private EventRules() {}

    public static Map<String, String> checkOpening(NewEvent event, LocalDateTime now) {
        Map<String, String> problems = new LinkedHashMap<>();
        checkLength(problems, "title", event.title(), TITLE_MIN, TITLE_MAX);
        if (event.impact() == null) {
            problems.put("impact", "Choose the impact");
        }
        if (event.componentIds().isEmpty()) {
            problems.put("components", "Choose at least one service");
        }
        if (event.start() == null) {
            problems.put("start", "Enter the start");
        } else if (event.impact() != null && event.type() == EventType.INCIDENT && event.start().isAfter(now)) {
            problems.put("start", "An incident cannot start in the future");
        } else if (tooOld(event.start(), now)) {
            problems.put("start", TOO_OLD);
        }
        if (event.impact() == Impact.MAINTENANCE) {
            if (event.end() == null) {
                problems.put("end", "A maintenance needs its planned end");
            } else if (event.start() != null && !event.start().isBefore(event.end())) {
                problems.put("end", "The end must be after the start");
            }
            if (event.description() != null && event.description().length() > DESCRIPTION_MAX) {
                problems.put("description", "At most " + DESCRIPTION_MAX + " characters");
            }
        }
        return problems;
    }

    public static Map<String, String> checkUpdate(EventView event, EventUpdate update, LocalDateTime now) {
        Map<String, String> problems = new LinkedHashMap<>();
        checkLength(problems, "title", update.title(), TITLE_MIN, TITLE_MAX);
        checkLength(problems, "message", update.message(), MESSAGE_MIN, MESSAGE_MAX);
        if (update.impact() == null || (event.isMaintenance() != (update.impact() == Impact.MAINTENANCE))) {
            problems.put("impact", event.isMaintenance() ? "A maintenance keeps the maintenance impact"
                    : "Choose minor, major or outage");
        }
        String status = update.status();
        if (status == null || !EventStatus.choicesFor(event.type(), event.isClosedAt(now)).contains(status)) {
            problems.put("status", "Choose one of " + EventStatus.choicesFor(event.type(), event.isClosedAt(now)));
            return problems;
        }
        LocalDateTime latest = latestTimelineEntry(event);
        switch (status) {
            case CHANGED -> {
                if (update.date() == null) {
                    problems.put("date", "Enter the new end");
                } else if (update.date().isAfter(now)) {
                    problems.put("date", "The end cannot be in the future");
                } else if (!update.date().isAfter(event.start())) {
                    problems.put("date", "The end must be after the start");
                }
            }
            case IN_PROGRESS -> {
                // Without a date the work starts now.
                LocalDateTime started = update.date() == null ? now : update.date();
                if (event.updates().stream().anyMatch(entry -> IN_PROGRESS.equals(entry.status()))) {
                    problems.put("status", "The maintenance is already in progress");
                } else if (started.isAfter(now)) {
                    problems.put("date", "The date cannot be in the future");
                } else if (tooOld(started, now)) {
                    problems.put("date", TOO_OLD);
                } else if (event.end() != null && !started.isBefore(event.end())) {
                    problems.put("date", "The work must start before the planned end");
                } else if (latest != null && !started.isAfter(latest)) {
                    problems.put("date", afterLatest(latest));
                }
            }
            case MODIFIED -> checkWindow(problems, event, update, now);
            case COMPLETED -> {
                if (!now.isAfter(event.start())) {
                    problems.put("status", "A maintenance completes only after it started");
                }
            }
            default -> {
                // analyzing, fixing, impact changed, observing, resolved, reopened: the update's own
                // time, now when none is given.
                LocalDateTime date = update.date() == null ? now : update.date();
                if (date.isAfter(now)) {
                    problems.put("date", "The date cannot be in the future");
                } else if (date.isBefore(event.start())) {
                    problems.put("date", "The date cannot be before the start");
                } else if (latest != null && !date.isAfter(latest)) {
                    problems.put("date", afterLatest(latest));
                }
            }
        }
        return problems;
    }

    private static void checkWindow(Map<String, String> problems, EventView event, EventUpdate update,
            LocalDateTime now) {
        if (update.start() == null) {
            problems.put("start", "Enter the new start");
        } else if (tooOld(update.start(), now)) {
            problems.put("start", TOO_OLD);
        }
        if (update.end() == null) {
            problems.put("end", "Enter the new end");
        }
        if (update.start() == null || update.end() == null) {
            return;
        }
        if (!update.start().isBefore(update.end())) {
            problems.put("end", "The end must be after the start");
            return;
        }
        // The announcement that it is planned comes before any window by nature; the work's entries must fit.
        boolean outside = event.updates().stream()
                .filter(UpdateView::isTimelineEntry)
                .filter(entry -> !EventStatus.PLANNED.equals(entry.status()))
                .anyMatch(entry -> entry.timestamp().isBefore(update.start()) || entry.timestamp().isAfter(update.end()));
        if (outside) {
            problems.put("start", "The window must keep every update of the maintenance inside it");
        }
    }

    private static boolean tooOld(LocalDateTime start, LocalDateTime now) {
        return start.isBefore(now.minus(OLDEST_START));
    }

    /** Names the latest update's time: an operator can see at once what to enter instead. */
    static String afterLatest(LocalDateTime latest) {
        return "The date must be after the latest update (" + SHOWN.format(latest) + ")";
    }

    static LocalDateTime latestTimelineEntry(EventView event) {
        UpdateView latest = event.latestUpdate();
        return latest == null ? null : latest.timestamp();
    }

    private static void checkLength(Map<String, String> problems, String field, String value, int min, int max) {
        int length = value == null ? 0 : value.strip().length();
        if (length < min || length > max) {
            problems.put(field, "Between " + min + " and " + max + " characters");
        }
    }
}
