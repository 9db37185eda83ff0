package io.statusdashboard.incident.api;

import static io.statusdashboard.incident.api.Action.APPROVE_MAINTENANCE;
import static io.statusdashboard.incident.api.Action.CREATE_MAINTENANCE;
import static io.statusdashboard.incident.api.Action.EDIT_PENDING_MAINTENANCE;
import static io.statusdashboard.incident.api.Action.EDIT_REVIEWED_MAINTENANCE;
import static io.statusdashboard.incident.api.Action.OPEN_SYSTEM_INCIDENT;
import static io.statusdashboard.incident.api.Action.REPORT_STATUS;
import static io.statusdashboard.incident.api.Action.REVIEW_REQUESTS;
import static io.statusdashboard.incident.api.Action.RUN_INCIDENTS;
import static io.statusdashboard.incident.api.CallerRole.ADMIN;
import static io.statusdashboard.incident.api.CallerRole.CREATOR;
import static io.statusdashboard.incident.api.CallerRole.MONITORING;
import static io.statusdashboard.incident.api.CallerRole.OPERATOR;
import static io.statusdashboard.incident.api.Permission.ALLOWED;
import static io.statusdashboard.incident.api.Permission.FORBIDDEN;
import static io.statusdashboard.incident.api.Permission.OWN_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The role table of the maintenance review flow, cell by cell, and what "only their own" means. */
class AccessRulesTest {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(CREATOR, CREATE_MAINTENANCE, ALLOWED),
                Arguments.of(CREATOR, EDIT_PENDING_MAINTENANCE, OWN_ONLY),
                Arguments.of(CREATOR, EDIT_REVIEWED_MAINTENANCE, FORBIDDEN),
                Arguments.of(CREATOR, APPROVE_MAINTENANCE, FORBIDDEN),
                Arguments.of(CREATOR, RUN_INCIDENTS, FORBIDDEN),
                Arguments.of(CREATOR, REVIEW_REQUESTS, FORBIDDEN),
                Arguments.of(CREATOR, REPORT_STATUS, FORBIDDEN),
                Arguments.of(CREATOR, OPEN_SYSTEM_INCIDENT, FORBIDDEN),
                Arguments.of(OPERATOR, CREATE_MAINTENANCE, ALLOWED),
                Arguments.of(OPERATOR, EDIT_PENDING_MAINTENANCE, ALLOWED),
                Arguments.of(OPERATOR, EDIT_REVIEWED_MAINTENANCE, ALLOWED),
                Arguments.of(OPERATOR, APPROVE_MAINTENANCE, ALLOWED),
                Arguments.of(OPERATOR, RUN_INCIDENTS, ALLOWED),
                Arguments.of(OPERATOR, REVIEW_REQUESTS, ALLOWED),
                Arguments.of(OPERATOR, REPORT_STATUS, ALLOWED),
                Arguments.of(OPERATOR, OPEN_SYSTEM_INCIDENT, ALLOWED),
                Arguments.of(ADMIN, CREATE_MAINTENANCE, ALLOWED),
                Arguments.of(ADMIN, EDIT_PENDING_MAINTENANCE, ALLOWED),
                Arguments.of(ADMIN, EDIT_REVIEWED_MAINTENANCE, ALLOWED),
                Arguments.of(ADMIN, APPROVE_MAINTENANCE, ALLOWED),
                Arguments.of(ADMIN, RUN_INCIDENTS, ALLOWED),
                Arguments.of(ADMIN, REVIEW_REQUESTS, ALLOWED),
                Arguments.of(ADMIN, REPORT_STATUS, ALLOWED),
                Arguments.of(ADMIN, OPEN_SYSTEM_INCIDENT, ALLOWED),
                Arguments.of(MONITORING, CREATE_MAINTENANCE, FORBIDDEN),
                Arguments.of(MONITORING, EDIT_PENDING_MAINTENANCE, FORBIDDEN),
                Arguments.of(MONITORING, EDIT_REVIEWED_MAINTENANCE, FORBIDDEN),
                Arguments.of(MONITORING, APPROVE_MAINTENANCE, FORBIDDEN),
                Arguments.of(MONITORING, RUN_INCIDENTS, FORBIDDEN),
                Arguments.of(MONITORING, REVIEW_REQUESTS, FORBIDDEN),
                Arguments.of(MONITORING, REPORT_STATUS, ALLOWED),
                Arguments.of(MONITORING, OPEN_SYSTEM_INCIDENT, ALLOWED));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("table")
    void eachCellOfTheRoleTable(CallerRole role, Action action, Permission expected) {
        assertEquals(expected, AccessRules.permission(role, action));
    }

    @Test
    void theTableAboveCoversEveryRoleAndAction() {
        Set<String> covered = new HashSet<>();
        table().forEach(arguments -> covered.add(arguments.get()[0] + "/" + arguments.get()[1]));
        for (CallerRole role : CallerRole.values()) {
            for (Action action : Action.values()) {
                assertTrue(covered.contains(role + "/" + action), role + "/" + action + " is not in the test's table");
            }
        }
    }

    @Test
    void aCreatorEditsOnlyTheirOwnPendingRequest() {
        assertTrue(AccessRules.allows(CREATOR, "carla", EDIT_PENDING_MAINTENANCE, "carla"));
        assertFalse(AccessRules.allows(CREATOR, "carla", EDIT_PENDING_MAINTENANCE, "chris"));
        assertFalse(AccessRules.allows(CREATOR, "carla", EDIT_PENDING_MAINTENANCE, null),
                "an event without a recorded creator is nobody's own");
        assertFalse(AccessRules.allows(CREATOR, "carla", EDIT_REVIEWED_MAINTENANCE, "carla"));
    }

    @Test
    void operatorsAndAdminsActOnAnyonesRequest() {
        for (CallerRole role : EnumSet.of(OPERATOR, ADMIN)) {
            for (Action action : Action.values()) {
                assertTrue(AccessRules.allows(role, "oscar", action, "carla"), role + " " + action);
            }
        }
    }

    @Test
    void monitoringReportsStatusAndOpensSystemIncidentsAndNothingElse() {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (AccessRules.allows(MONITORING, "monitoring", action, "monitoring")) {
                allowed.add(action);
            }
        }
        assertEquals(EnumSet.of(REPORT_STATUS, OPEN_SYSTEM_INCIDENT), allowed,
                "not even on events it opened itself");
    }

    @Test
    void postingAnEventIsASystemIncidentAMaintenanceOrOperatorsWork() {
        assertEquals(OPEN_SYSTEM_INCIDENT, AccessRules.creationOf(EventType.INCIDENT, true));
        assertEquals(OPEN_SYSTEM_INCIDENT, AccessRules.creationOf(EventType.MAINTENANCE, true),
                "what a system event may be is v3's rule, after the role's");
        assertEquals(CREATE_MAINTENANCE, AccessRules.creationOf(EventType.MAINTENANCE, false));
        assertEquals(RUN_INCIDENTS, AccessRules.creationOf(EventType.INCIDENT, false));
        assertEquals(RUN_INCIDENTS, AccessRules.creationOf(EventType.INFO, false));
    }

    @Test
    void aRefusalSaysWhatAMonitoringTokenMayDoAndWhoMayDoTheRest() {
        assertTrue(AccessRules.notAllowed(MONITORING).contains("may only report status"), AccessRules.notAllowed(MONITORING));
        assertTrue(AccessRules.notAllowed(MONITORING).contains("operator or admin"), AccessRules.notAllowed(MONITORING));
        assertEquals("not allowed: this write needs the operator or admin role", AccessRules.notAllowed(CREATOR));
    }

    @Test
    void aChangeOfAMaintenanceIsNamedByItsStateAndTheStatusAskedFor() {
        assertEquals(EDIT_PENDING_MAINTENANCE, AccessRules.maintenanceChange("pending review", "cancelled"));
        assertEquals(EDIT_PENDING_MAINTENANCE, AccessRules.maintenanceChange("pending review", "pending review"));
        assertEquals(APPROVE_MAINTENANCE, AccessRules.maintenanceChange("pending review", "reviewed"));
        assertEquals(APPROVE_MAINTENANCE, AccessRules.maintenanceChange("reviewed", "reviewed"),
                "a second approval is an approval: refused to creators, a conflict for operators");
        assertEquals(EDIT_REVIEWED_MAINTENANCE, AccessRules.maintenanceChange("reviewed", "cancelled"));
        assertEquals(EDIT_REVIEWED_MAINTENANCE, AccessRules.maintenanceChange("planned", "modified"));
        assertEquals(RUN_INCIDENTS, AccessRules.changeOf(EventType.INCIDENT, "analysing", "fixing"));
        assertEquals(RUN_INCIDENTS, AccessRules.changeOf(EventType.INFO, "planned", "cancelled"));
        assertEquals(EDIT_PENDING_MAINTENANCE, AccessRules.changeOf(EventType.MAINTENANCE, "pending review", "cancelled"));
    }
}
