package io.statusdashboard.incident.api;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who may do what, as one table: the API v2 and the operators' pages ask it alike,
 * and the incident module asks it again inside the write, under the decision lock, so that a
 * request that was reviewed in the meantime is not edited by its creator on the strength of a
 * check made before.
 *
 * <p>Monitoring (a token signed with the shared secret, which names nobody) reports status and
 * opens system incidents, and nothing else: a leaked monitoring key must not be
 * enough to announce, change or close what operators run. It never signs in to the pages.
 */
public final class AccessRules {

    /** Why a creator, or anyone without a better role, is refused a write. */
    public static final String NOT_ALLOWED = "not allowed: this write needs the operator or admin role";

    /** Why a monitoring token is refused a write: it says what such a token may do and who may do the rest. */
    public static final String NOT_ALLOWED_TO_MONITORING = "not allowed: a monitoring token (signed with"
            + " SDB_SECRET_KEY) may only report status (API v1) and open system incidents (POST /v2/events with"
            + " \"system\": true); this write needs the token of an operator or admin";

    private static final Map<CallerRole, Map<Action, Permission>> TABLE = new EnumMap<>(CallerRole.class);

    static {
        // Columns in the order of Action: create maintenance, edit pending, edit reviewed, approve,
        // run incidents, review requests, report status (v1), open system incidents.
        row(CallerRole.CREATOR,
                Permission.ALLOWED,     // create a maintenance: it waits for review
                Permission.OWN_ONLY,    // edit or cancel one pending review
                Permission.FORBIDDEN,   // edit or cancel one past review
                Permission.FORBIDDEN,   // approve
                Permission.FORBIDDEN,   // incidents, info, extract, texts, components
                Permission.FORBIDDEN,   // review list, contacts of others, activity
                Permission.FORBIDDEN,   // report status
                Permission.FORBIDDEN);  // system incidents are incidents
        row(CallerRole.OPERATOR, Permission.ALLOWED, Permission.ALLOWED, Permission.ALLOWED, Permission.ALLOWED,
                Permission.ALLOWED, Permission.ALLOWED, Permission.ALLOWED, Permission.ALLOWED);
        row(CallerRole.ADMIN, Permission.ALLOWED, Permission.ALLOWED, Permission.ALLOWED, Permission.ALLOWED,
                Permission.ALLOWED, Permission.ALLOWED, Permission.ALLOWED, Permission.ALLOWED);
        row(CallerRole.MONITORING,
                Permission.FORBIDDEN,   // create a maintenance
                Permission.FORBIDDEN,   // edit or cancel one pending review
                Permission.FORBIDDEN,   // edit or cancel one past review
                Permission.FORBIDDEN,   // approve
                Permission.FORBIDDEN,   // incidents, info, extract, texts, components
                Permission.FORBIDDEN,   // review list, contacts, activity
                Permission.ALLOWED,     // report status through API v1
                Permission.ALLOWED);    // open system incidents
    }

    private AccessRules() {}

    private static void row(CallerRole role, Permission... byAction) {
        Map<Action, Permission> row = new EnumMap<>(Action.class);
        Action[] actions = Action.values();
        if (byAction.length != actions.length) {
            throw new IllegalStateException("the row of " + role + " must name every action");
        }
        for (int i = 0; i < actions.length; i++) {
            row.put(actions[i], byAction[i]);
        }
        TABLE.put(role, row);
    }

    /** The table's cell: allowed, only on one's own, or forbidden. */
    public static Permission permission(CallerRole role, Action action) {
        return TABLE.get(Objects.requireNonNull(role, "role")).get(Objects.requireNonNull(action, "action"));
    }

    /** Whether the role may do this to anything at all (for {@link Permission#OWN_ONLY}: to its own). */
    public static boolean mayEver(CallerRole role, Action action) {
        return permission(role, action) != Permission.FORBIDDEN;
    }

    /**
     * Whether this caller may do this to an event created by {@code owner} (null when nobody is
     * recorded, as for every event made before creators existed).
     */
    public static boolean allows(CallerRole role, String callerName, Action action, String owner) {
        return switch (permission(role, action)) {
            case ALLOWED -> true;
            case OWN_ONLY -> owner != null && owner.equals(callerName);
            case FORBIDDEN -> false;
        };
    }

    /** The answer to a caller with this role who may not do what they asked: what their role may do instead. */
    public static String notAllowed(CallerRole role) {
        return role == CallerRole.MONITORING ? NOT_ALLOWED_TO_MONITORING : NOT_ALLOWED;
    }

    /** The action posting a new event is: a system incident, a maintenance, or anything else operators run. */
    public static Action creationOf(EventType type, boolean system) {
        if (system) {
            return Action.OPEN_SYSTEM_INCIDENT;
        }
        return type == EventType.MAINTENANCE ? Action.CREATE_MAINTENANCE : Action.RUN_INCIDENTS;
    }

    /** The action a change of this maintenance is, by the status it is in and the status asked for. */
    public static Action maintenanceChange(String storedStatus, String requestedStatus) {
        if (EventStatus.PENDING_REVIEW.equals(storedStatus)) {
            return EventStatus.REVIEWED.equals(requestedStatus) ? Action.APPROVE_MAINTENANCE
                    : Action.EDIT_PENDING_MAINTENANCE;
        }
        return EventStatus.REVIEWED.equals(requestedStatus) ? Action.APPROVE_MAINTENANCE
                : Action.EDIT_REVIEWED_MAINTENANCE;
    }

    /** The action any change of an event of this type is: maintenances by their state, the rest {@link Action#RUN_INCIDENTS}. */
    public static Action changeOf(EventType type, String storedStatus, String requestedStatus) {
        return type == EventType.MAINTENANCE ? maintenanceChange(storedStatus, requestedStatus) : Action.RUN_INCIDENTS;
    }
}
