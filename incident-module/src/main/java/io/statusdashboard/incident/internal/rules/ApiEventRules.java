package io.statusdashboard.incident.internal.rules;

import static io.statusdashboard.incident.api.EventStatus.ACTIVE;
import static io.statusdashboard.incident.api.EventStatus.ANALYSING;
import static io.statusdashboard.incident.api.EventStatus.CANCELLED;
import static io.statusdashboard.incident.api.EventStatus.CHANGED;
import static io.statusdashboard.incident.api.EventStatus.COMPLETED;
import static io.statusdashboard.incident.api.EventStatus.DETECTED;
import static io.statusdashboard.incident.api.EventStatus.FIXING;
import static io.statusdashboard.incident.api.EventStatus.IMPACT_CHANGED;
import static io.statusdashboard.incident.api.EventStatus.IN_PROGRESS;
import static io.statusdashboard.incident.api.EventStatus.MODIFIED;
import static io.statusdashboard.incident.api.EventStatus.OBSERVING;
import static io.statusdashboard.incident.api.EventStatus.PENDING_REVIEW;
import static io.statusdashboard.incident.api.EventStatus.PLANNED;
import static io.statusdashboard.incident.api.EventStatus.REOPENED;
import static io.statusdashboard.incident.api.EventStatus.RESOLVED;
import static io.statusdashboard.incident.api.EventStatus.REVIEWED;

import io.statusdashboard.incident.api.AccessRules;
import io.statusdashboard.incident.api.Action;
import io.statusdashboard.incident.api.Actor;
import io.statusdashboard.incident.api.ApiEventDraft;
import io.statusdashboard.incident.api.ApiEventPatch;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.Permission;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * API v2's rules for writing events, as status-dashboard-v3 applies them, as pure functions: each
 * check answers v3's text for the first rule broken, in v3's order, or empty when the write may go
 * ahead. Where v3 lets through what it cannot store or plainly should not (an impact out of range,
 * a description longer than its column), a rule of ours refuses it after v3's.
 */
public final class ApiEventRules {

    static final String TYPE_IMPACT_MISMATCH = "impact must be 0 for type 'maintenance' or 'info' and gt 0 for 'incident'";
    static final String INCIDENT_END_GIVEN = "event end_date should be empty";
    static final String INCIDENT_START_IN_FUTURE = "event start_date should not be in the future";
    static final String MAINTENANCE_END_MISSING = "maintenance end_date is empty";
    static final String UPDATES_GIVEN = "event updates should be empty";
    static final String SYSTEM_NOT_INCIDENT = "system incident must be of type 'incident'";
    static final String DESCRIPTION_TOO_LONG = "description must be at most " + EventRules.DESCRIPTION_MAX + " characters";
    static final String WRONG_INFO_STATUS = "wrong status for info event";
    static final String WRONG_MAINTENANCE_STATUS = "wrong status for maintenance";
    static final String WRONG_INCIDENT_STATUS = "wrong status for incident";
    static final String WRONG_CLOSED_STATUS = "wrong status for closed incident";
    static final String WRONG_IMPACT_STATUS = "wrong status for changing impact";
    static final String IMPACT_TO_ZERO = "can not change impact to 0";
    static final String IMPACT_OUT_OF_RANGE = "impact must be between 1 and 3";
    static final String OPEN_START_CHANGED = "can not change start date for open incident";
    static final String EXTRACT_ALL = "can not move all components to the new incident, keep at least one";
    public static final String IN_MAINTENANCE = "event creation failed, component in maintenance";

    static final Set<String> INFO_STATUSES = Set.of(PLANNED, ACTIVE, COMPLETED, CANCELLED);
    static final Set<String> MAINTENANCE_STATUSES = Set.of(PLANNED, IN_PROGRESS, MODIFIED, COMPLETED, CANCELLED,
            PENDING_REVIEW, REVIEWED);
    /** What a change of a maintenance waiting for review may say: edited, approved, cancelled. */
    static final Set<String> PENDING_STATUSES = Set.of(PENDING_REVIEW, REVIEWED, CANCELLED);

    static final String NOT_ALLOWED = AccessRules.NOT_ALLOWED;
    static final String NOT_YOURS = "not allowed: creators change only their own maintenance requests, while they wait for review";
    static final String CONTACT_REQUIRED = "contact_email is required for a maintenance request";
    static final String CONTACT_INVALID = "contact_email is not a valid e-mail address";
    static final String REQUEST_NOT_IN_FUTURE = "a maintenance request's window must lie wholly in the future";
    static final String END_NOT_AFTER_START = "maintenance end_date must be after start_date";
    static final String VERSION_REQUIRED = "version is required to approve a maintenance";
    static final String ALREADY_REVIEWED = "the maintenance was already reviewed";
    static final String WRONG_PENDING_STATUS =
            "a maintenance pending review can only be edited (pending review), approved (reviewed) or cancelled";
    static final int CONTACT_MAX = 255;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** Why a write is refused, and so its HTTP answer: 403, 409 or 400. */
    public enum Kind { FORBIDDEN, CONFLICT, INVALID }

    public record Refusal(Kind kind, String message) {

        static Refusal invalid(String message) {
            return new Refusal(Kind.INVALID, message);
        }
    }
    static final Set<String> OPEN_INCIDENT_STATUSES = Set.of(DETECTED, ANALYSING, FIXING, IMPACT_CHANGED, OBSERVING, RESOLVED);
    static final Set<String> CLOSED_INCIDENT_STATUSES = Set.of(REOPENED, CHANGED);

    /** What a patch leaves of the event's fields (its timeline entry is the patch's own). */
    public record PatchedFields(String title, String description, Impact impact, EventType type, LocalDateTime start,
            LocalDateTime end, String status) {}

    /** A timeline entry's status and text. */
    public record Entry(String status, String text) {}

    private ApiEventRules() {}

    static String notInEvent(int componentId) {
        return "component " + componentId + " is not in the incident";
    }

    /**
     * Whether this caller may create this event, then v3's rules ({@link #checkCreation}), then the
     * request's: a contact that is an e-mail address (required of a caller whose maintenances wait
     * for review) and, for such a caller, a window wholly in the future.
     */
    public static Optional<Refusal> checkCreationBy(ApiEventDraft draft, Actor actor, LocalDateTime now) {
        if (!AccessRules.mayEver(actor.role(), AccessRules.creationOf(draft.type(), draft.system()))) {
            return Optional.of(new Refusal(Kind.FORBIDDEN, AccessRules.notAllowed(actor.role())));
        }
        Optional<String> invalid = checkCreation(draft, now);
        if (invalid.isPresent()) {
            return invalid.map(Refusal::invalid);
        }
        if (draft.contactEmail() != null && !isEmailAddress(draft.contactEmail())) {
            return Optional.of(Refusal.invalid(CONTACT_INVALID));
        }
        if (draft.type() == EventType.MAINTENANCE && needsReview(actor)) {
            if (draft.contactEmail() == null || draft.contactEmail().isBlank()) {
                return Optional.of(Refusal.invalid(CONTACT_REQUIRED));
            }
            return checkRequestWindow(draft.start(), draft.end(), now);
        }
        return Optional.empty();
    }

    /** A caller whose maintenances wait for review: one who may not approve them. */
    public static boolean needsReview(Actor actor) {
        return !AccessRules.mayEver(actor.role(), Action.APPROVE_MAINTENANCE);
    }

    /**
     * Whether this caller may change this event so (the role table, "only their own"), whether it
     * is still as the caller saw it (409), then v3's rules ({@link #checkPatch}) and the review
     * flow's: a request pending review is edited, approved or cancelled; its creator keeps its
     * window in the future; a contact is an e-mail address.
     */
    public static Optional<Refusal> checkPatchBy(EventView stored, ApiEventPatch patch, Actor actor, LocalDateTime now) {
        Action action = AccessRules.changeOf(stored.type(), stored.status(), patch.status());
        if (!AccessRules.allows(actor.role(), actor.name(), action, stored.creator())) {
            boolean ownOnly = AccessRules.permission(actor.role(), action) == Permission.OWN_ONLY;
            return Optional.of(new Refusal(Kind.FORBIDDEN, ownOnly ? NOT_YOURS : AccessRules.notAllowed(actor.role())));
        }
        if (needsReview(actor) && patch.type() != null && patch.type() != EventType.MAINTENANCE) {
            return Optional.of(new Refusal(Kind.FORBIDDEN, NOT_ALLOWED));
        }
        if (action == Action.APPROVE_MAINTENANCE && !stored.isPendingReview()) {
            return Optional.of(new Refusal(Kind.CONFLICT, ALREADY_REVIEWED));
        }
        if (action == Action.APPROVE_MAINTENANCE && patch.version() == null) {
            return Optional.of(Refusal.invalid(VERSION_REQUIRED));
        }
        if (patch.version() != null && patch.version() != stored.version()) {
            return Optional.of(new Refusal(Kind.CONFLICT, stale(patch.version(), stored.version())));
        }
        Optional<String> invalid = checkPatch(stored, patch);
        if (invalid.isPresent()) {
            return invalid.map(Refusal::invalid);
        }
        if (stored.type() == EventType.MAINTENANCE) {
            if (stored.isPendingReview() && !PENDING_STATUSES.contains(patch.status())) {
                return Optional.of(Refusal.invalid(WRONG_PENDING_STATUS));
            }
            if (!stored.isPendingReview() && PENDING_REVIEW.equals(patch.status())) {
                return Optional.of(Refusal.invalid(WRONG_MAINTENANCE_STATUS));
            }
        }
        if (patch.contactEmail() != null && !isEmailAddress(patch.contactEmail())) {
            return Optional.of(Refusal.invalid(CONTACT_INVALID));
        }
        if (needsReview(actor) && PENDING_REVIEW.equals(patch.status())) {
            PatchedFields fields = patched(stored, patch);
            return checkRequestWindow(fields.start(), fields.end(), now);
        }
        return Optional.empty();
    }

    static String stale(int seen, int current) {
        return "the event changed since version " + seen + " was read (it is at version " + current
                + " now); read it again";
    }

    static boolean isEmailAddress(String text) {
        return text.length() <= CONTACT_MAX && EMAIL.matcher(text).matches();
    }

    private static Optional<Refusal> checkRequestWindow(LocalDateTime start, LocalDateTime end, LocalDateTime now) {
        if (!start.isAfter(now)) {
            return Optional.of(Refusal.invalid(REQUEST_NOT_IN_FUTURE));
        }
        if (end == null || !end.isAfter(start)) {
            return Optional.of(Refusal.invalid(END_NOT_AFTER_START));
        }
        return Optional.empty();
    }

    static Optional<String> checkCreation(ApiEventDraft draft, LocalDateTime now) {
        if (!typeFitsImpact(draft.type(), draft.impact())) {
            return Optional.of(TYPE_IMPACT_MISMATCH);
        }
        if (draft.type() == EventType.INCIDENT && draft.end() != null) {
            return Optional.of(INCIDENT_END_GIVEN);
        }
        if (draft.type() == EventType.INCIDENT && draft.start().isAfter(now)) {
            return Optional.of(INCIDENT_START_IN_FUTURE);
        }
        if (draft.type() == EventType.MAINTENANCE && draft.end() == null) {
            return Optional.of(MAINTENANCE_END_MISSING);
        }
        if (draft.hasUpdates()) {
            return Optional.of(UPDATES_GIVEN);
        }
        if (draft.system() && draft.type() != EventType.INCIDENT) {
            return Optional.of(SYSTEM_NOT_INCIDENT);
        }
        return checkDescription(draft.description());
    }

    static Optional<String> checkPatch(EventView stored, ApiEventPatch patch) {
        EventType type = patch.type() == null ? stored.type() : patch.type();
        int impact = patch.impact() == null ? stored.impact().level() : patch.impact();
        if (!typeFitsImpact(type, impact)) {
            return Optional.of(TYPE_IMPACT_MISMATCH);
        }
        String status = patch.status();
        switch (stored.type()) {
            case INFO -> {
                if (!INFO_STATUSES.contains(status)) {
                    return Optional.of(WRONG_INFO_STATUS);
                }
            }
            case MAINTENANCE -> {
                if (!MAINTENANCE_STATUSES.contains(status)) {
                    return Optional.of(WRONG_MAINTENANCE_STATUS);
                }
            }
            case INCIDENT -> {
                if (!OPEN_INCIDENT_STATUSES.contains(status) && !CLOSED_INCIDENT_STATUSES.contains(status)) {
                    return Optional.of(WRONG_INCIDENT_STATUS);
                }
                Optional<String> refused = checkIncidentPatch(stored, patch);
                if (refused.isPresent()) {
                    return refused;
                }
            }
        }
        if (type == EventType.INCIDENT && (impact < Impact.MINOR.level() || impact > Impact.OUTAGE.level())) {
            return Optional.of(IMPACT_OUT_OF_RANGE);
        }
        return checkDescription(patch.description());
    }

    /** A closed incident only reopens or has its dates changed; an open one changes impact by saying so. */
    private static Optional<String> checkIncidentPatch(EventView stored, ApiEventPatch patch) {
        if (stored.end() != null) {
            if (!CLOSED_INCIDENT_STATUSES.contains(patch.status())) {
                return Optional.of(WRONG_CLOSED_STATUS);
            }
            if ((patch.start() != null || patch.end() != null) && !CHANGED.equals(patch.status())) {
                return Optional.of(WRONG_CLOSED_STATUS);
            }
            return Optional.empty();
        }
        boolean impactChanges = patch.impact() != null && patch.impact() != stored.impact().level();
        if (impactChanges && !IMPACT_CHANGED.equals(patch.status())) {
            return Optional.of(WRONG_IMPACT_STATUS);
        }
        if (impactChanges && patch.impact() == 0) {
            return Optional.of(IMPACT_TO_ZERO);
        }
        if (impactChanges && (patch.impact() < Impact.MINOR.level() || patch.impact() > Impact.OUTAGE.level())) {
            return Optional.of(IMPACT_OUT_OF_RANGE);
        }
        if (patch.start() != null) {
            return Optional.of(OPEN_START_CHANGED);
        }
        return Optional.empty();
    }

    /**
     * The fields after a patch that passed {@link #checkPatch}: dates change only on a maintenance,
     * an announcement or a closed incident (an open incident's end comes with {@code resolved});
     * the fields sent replace the stored ones; {@code resolved} ends the incident at the update's
     * time and {@code reopened} opens it again.
     */
    public static PatchedFields patched(EventView stored, ApiEventPatch patch) {
        LocalDateTime start = stored.start();
        LocalDateTime end = stored.end();
        if (stored.impact() == Impact.MAINTENANCE || stored.end() != null) {
            start = patch.start() == null ? start : patch.start();
            end = patch.end() == null ? end : patch.end();
        }
        if (REOPENED.equals(patch.status())) {
            end = null;
        }
        if (RESOLVED.equals(patch.status())) {
            end = patch.updateDate();
        }
        return new PatchedFields(
                patch.title() == null ? stored.title() : patch.title(),
                patch.description() == null ? stored.description() : patch.description(),
                patch.impact() == null ? stored.impact() : Impact.ofLevel(patch.impact()),
                patch.type() == null ? stored.type() : patch.type(),
                start, end, patch.status());
    }

    /** Components to extract: each must be the event's, and at least one must stay. */
    public static Optional<String> checkExtract(EventView event, List<Integer> componentIds) {
        Set<Integer> moving = new LinkedHashSet<>();
        for (int componentId : componentIds) {
            if (!event.affects(componentId)) {
                return Optional.of(notInEvent(componentId));
            }
            moving.add(componentId);
        }
        if (moving.size() == event.componentIds().size()) {
            return Optional.of(EXTRACT_ALL);
        }
        return Optional.empty();
    }

    /** The timeline entry API v2 numbers {@code position}: its place in the timeline as written. */
    public static Optional<UpdateView> updateAt(EventView event, int position) {
        List<UpdateView> timeline = event.timelineAsWritten();
        return position < 0 || position >= timeline.size() ? Optional.empty() : Optional.of(timeline.get(position));
    }

    /** The first entry of a maintenance that waits for review. */
    public static Entry requestedEntry() {
        return new Entry(PENDING_REVIEW, UpdateTexts.MAINTENANCE_REQUESTED);
    }

    /** The status and text every new event starts with, by type. */
    public static Entry firstEntry(EventType type) {
        return switch (type) {
            case INCIDENT -> new Entry(DETECTED, UpdateTexts.INCIDENT_DETECTED);
            case MAINTENANCE -> new Entry(PLANNED, UpdateTexts.MAINTENANCE_PLANNED);
            case INFO -> new Entry(PLANNED, UpdateTexts.INFO_PLANNED);
        };
    }

    /** Announced at its start when that has passed, else now: an entry never predates the event. */
    public static LocalDateTime firstEntryTime(LocalDateTime start, LocalDateTime now) {
        return start.isBefore(now) ? start : now;
    }

    private static boolean typeFitsImpact(EventType type, int impact) {
        return type == EventType.INCIDENT ? impact != 0 : impact == 0;
    }

    private static Optional<String> checkDescription(String description) {
        return description != null && description.length() > EventRules.DESCRIPTION_MAX
                ? Optional.of(DESCRIPTION_TOO_LONG) : Optional.empty();
    }
}
