package io.statusdashboard.incident.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.AccessRules;
import io.statusdashboard.incident.api.Actor;
import io.statusdashboard.incident.api.ApiEventDraft;
import io.statusdashboard.incident.api.ApiEventPatch;
import io.statusdashboard.incident.api.CallerRole;
import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.EventView;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The maintenance review flow's rules on API writes: who may create and change what,
 * a creator's request's contact and window, and the conflicts of approving with a stale version
 * or twice. Each case: the refusal's kind and text, or none.
 */
class ReviewRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 12, 0);
    private static final Actor CARLA = new Actor("carla", CallerRole.CREATOR);
    private static final Actor CHRIS = new Actor("chris", CallerRole.CREATOR);
    private static final Actor OSCAR = new Actor("oscar", CallerRole.OPERATOR);
    private static final Actor ADA = new Actor("ada", CallerRole.ADMIN);
    private static final Actor ZABBIX = new Actor("monitoring", CallerRole.MONITORING);

    private static final EventView PENDING = maintenance("pending review", NOW.plusDays(1), NOW.plusDays(1).plusHours(2));
    private static final EventView REVIEWED = maintenance("reviewed", NOW.plusDays(1), NOW.plusDays(1).plusHours(2));
    private static final EventView PLANNED = maintenance("planned", NOW.plusDays(1), NOW.plusDays(1).plusHours(2));
    private static final EventView INCIDENT = new EventView(8, "Errors", null, Impact.MAJOR, EventType.INCIDENT,
            NOW.minusHours(1), null, false, "detected", Set.of(1), List.of(), 3, "oscar", null);

    private static EventView maintenance(String status, LocalDateTime start, LocalDateTime end) {
        return new EventView(7, "Storage upgrade", "Firmware", Impact.MAINTENANCE, EventType.MAINTENANCE, start, end,
                false, status, Set.of(1), List.of(new UpdateView(1, NOW.minusDays(1), "pending review", "asked", "carla")),
                4, "carla", "carla@example.com");
    }

    private static ApiEventDraft request(LocalDateTime start, LocalDateTime end, String contact) {
        return new ApiEventDraft("Storage upgrade", null, 0, EventType.MAINTENANCE, List.of(1), start, end, false, false,
                contact);
    }

    private static ApiEventPatch change(String status, Integer version) {
        return new ApiEventPatch("Text", status, NOW, null, null, null, null, null, null, version, null);
    }

    private static ApiEventPatch move(LocalDateTime start, LocalDateTime end) {
        return new ApiEventPatch("New window", "pending review", NOW, null, null, null, start, end, null, null, null);
    }

    private static Arguments refused(String label, ApiEventRules.Kind kind, String message, Object... rest) {
        return Arguments.of(label, kind, message, rest[0], rest[1]);
    }

    private static ApiEventDraft systemIncident() {
        return new ApiEventDraft("Monitoring: minor", null, 1, EventType.INCIDENT, List.of(1), NOW, null, true, false);
    }

    static Stream<Arguments> creations() {
        LocalDateTime tomorrow = NOW.plusDays(1);
        ApiEventDraft incident = new ApiEventDraft("Errors", null, 2, EventType.INCIDENT, List.of(1), NOW, null, false,
                false);
        ApiEventDraft info = new ApiEventDraft("Notice", null, 0, EventType.INFO, List.of(1), NOW, null, false, false);
        return Stream.of(
                Arguments.of("a creator's request", CARLA, request(tomorrow, tomorrow.plusHours(2), "carla@example.com"),
                        null, null),
                Arguments.of("a creator's incident", CARLA, incident, ApiEventRules.Kind.FORBIDDEN, ApiEventRules.NOT_ALLOWED),
                Arguments.of("a creator's announcement", CARLA, info, ApiEventRules.Kind.FORBIDDEN, ApiEventRules.NOT_ALLOWED),
                Arguments.of("a creator's request without contact", CARLA, request(tomorrow, tomorrow.plusHours(2), null),
                        ApiEventRules.Kind.INVALID, ApiEventRules.CONTACT_REQUIRED),
                Arguments.of("a creator's request with a blank contact", CARLA,
                        request(tomorrow, tomorrow.plusHours(2), " "), ApiEventRules.Kind.INVALID, ApiEventRules.CONTACT_INVALID),
                Arguments.of("a contact that is no address", CARLA, request(tomorrow, tomorrow.plusHours(2), "carla"),
                        ApiEventRules.Kind.INVALID, ApiEventRules.CONTACT_INVALID),
                Arguments.of("a contact without a domain's dot", CARLA,
                        request(tomorrow, tomorrow.plusHours(2), "carla@localhost"), ApiEventRules.Kind.INVALID,
                        ApiEventRules.CONTACT_INVALID),
                Arguments.of("a request starting now", CARLA, request(NOW, tomorrow, "carla@example.com"),
                        ApiEventRules.Kind.INVALID, ApiEventRules.REQUEST_NOT_IN_FUTURE),
                Arguments.of("a request that started", CARLA, request(NOW.minusHours(1), tomorrow, "carla@example.com"),
                        ApiEventRules.Kind.INVALID, ApiEventRules.REQUEST_NOT_IN_FUTURE),
                Arguments.of("a request ending before it starts", CARLA,
                        request(tomorrow, tomorrow.minusMinutes(1), "carla@example.com"), ApiEventRules.Kind.INVALID,
                        ApiEventRules.END_NOT_AFTER_START),
                Arguments.of("an operator's maintenance in the past, without contact", OSCAR,
                        request(NOW.minusDays(1), NOW.minusHours(1), null), null, null),
                Arguments.of("an operator's contact is checked too", OSCAR,
                        request(tomorrow, tomorrow.plusHours(1), "not an address"), ApiEventRules.Kind.INVALID,
                        ApiEventRules.CONTACT_INVALID),
                Arguments.of("an admin's incident", ADA, incident, null, null),
                Arguments.of("monitoring's system incident", ZABBIX, systemIncident(), null, null),
                Arguments.of("an operator's system incident", OSCAR, systemIncident(), null, null),
                Arguments.of("a creator's system incident", CARLA, systemIncident(), ApiEventRules.Kind.FORBIDDEN,
                        ApiEventRules.NOT_ALLOWED),
                Arguments.of("monitoring's system maintenance is v3's mistake", ZABBIX,
                        new ApiEventDraft("Down", null, 0, EventType.MAINTENANCE, List.of(1), NOW, NOW.plusHours(1), true,
                                false), ApiEventRules.Kind.INVALID, ApiEventRules.SYSTEM_NOT_INCIDENT),
                Arguments.of("monitoring's own incident", ZABBIX, incident, ApiEventRules.Kind.FORBIDDEN,
                        AccessRules.NOT_ALLOWED_TO_MONITORING),
                Arguments.of("monitoring's announcement", ZABBIX, info, ApiEventRules.Kind.FORBIDDEN,
                        AccessRules.NOT_ALLOWED_TO_MONITORING),
                Arguments.of("monitoring's maintenance", ZABBIX, request(tomorrow, tomorrow.plusHours(2), "ops@example.com"),
                        ApiEventRules.Kind.FORBIDDEN, AccessRules.NOT_ALLOWED_TO_MONITORING),
                Arguments.of("v3's rules come before the request's", CARLA,
                        request(tomorrow, null, null), ApiEventRules.Kind.INVALID, ApiEventRules.MAINTENANCE_END_MISSING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creations")
    void creations(String label, Actor actor, ApiEventDraft draft, ApiEventRules.Kind kind, String message) {
        Optional<ApiEventRules.Refusal> refusal = ApiEventRules.checkCreationBy(draft, actor, NOW);
        assertEquals(Optional.ofNullable(kind), refusal.map(ApiEventRules.Refusal::kind), "kind");
        assertEquals(Optional.ofNullable(message), refusal.map(ApiEventRules.Refusal::message), "message");
    }

    static Stream<Arguments> changes() {
        LocalDateTime later = NOW.plusDays(2);
        return Stream.of(
                Arguments.of("the creator cancels their request", CARLA, PENDING, change("cancelled", null), null, null),
                Arguments.of("the creator edits their request", CARLA, PENDING, move(later, later.plusHours(1)), null, null),
                Arguments.of("the creator moves the request into the past", CARLA, PENDING,
                        move(NOW.minusHours(1), later), ApiEventRules.Kind.INVALID, ApiEventRules.REQUEST_NOT_IN_FUTURE),
                Arguments.of("another creator cancels it", CHRIS, PENDING, change("cancelled", null),
                        ApiEventRules.Kind.FORBIDDEN, ApiEventRules.NOT_YOURS),
                Arguments.of("the creator approves their own", CARLA, PENDING, change("reviewed", 4),
                        ApiEventRules.Kind.FORBIDDEN, ApiEventRules.NOT_ALLOWED),
                Arguments.of("the creator cancels it once reviewed", CARLA, REVIEWED, change("cancelled", null),
                        ApiEventRules.Kind.FORBIDDEN, ApiEventRules.NOT_ALLOWED),
                Arguments.of("the creator changes it once planned", CARLA, PLANNED, change("modified", null),
                        ApiEventRules.Kind.FORBIDDEN, ApiEventRules.NOT_ALLOWED),
                Arguments.of("the creator updates an incident", CARLA, INCIDENT, change("fixing", null),
                        ApiEventRules.Kind.FORBIDDEN, ApiEventRules.NOT_ALLOWED),
                Arguments.of("the creator makes their request an incident", CARLA, PENDING,
                        new ApiEventPatch("x", "pending review", NOW, null, null, 2, null, null, EventType.INCIDENT, null,
                                null), ApiEventRules.Kind.FORBIDDEN, ApiEventRules.NOT_ALLOWED),
                Arguments.of("an operator approves with the version seen", OSCAR, PENDING, change("reviewed", 4), null, null),
                Arguments.of("an operator approves with a stale version", OSCAR, PENDING, change("reviewed", 3),
                        ApiEventRules.Kind.CONFLICT, ApiEventRules.stale(3, 4)),
                Arguments.of("an operator approves without a version", OSCAR, PENDING, change("reviewed", null),
                        ApiEventRules.Kind.INVALID, ApiEventRules.VERSION_REQUIRED),
                Arguments.of("a second approval", ADA, REVIEWED, change("reviewed", 4),
                        ApiEventRules.Kind.CONFLICT, ApiEventRules.ALREADY_REVIEWED),
                Arguments.of("approving a planned maintenance", OSCAR, PLANNED, change("reviewed", 4),
                        ApiEventRules.Kind.CONFLICT, ApiEventRules.ALREADY_REVIEWED),
                Arguments.of("an operator cancels a request", OSCAR, PENDING, change("cancelled", null), null, null),
                Arguments.of("an operator cancels a reviewed one", OSCAR, REVIEWED, change("cancelled", 4), null, null),
                Arguments.of("a stale version on any change", OSCAR, PLANNED, change("modified", 2),
                        ApiEventRules.Kind.CONFLICT, ApiEventRules.stale(2, 4)),
                Arguments.of("a request skips review to in progress", OSCAR, PENDING, change("in progress", null),
                        ApiEventRules.Kind.INVALID, ApiEventRules.WRONG_PENDING_STATUS),
                Arguments.of("a planned maintenance back to pending review", OSCAR, PLANNED,
                        change("pending review", null), ApiEventRules.Kind.INVALID, ApiEventRules.WRONG_MAINTENANCE_STATUS),
                Arguments.of("a new contact that is no address", CARLA, PENDING,
                        new ApiEventPatch("x", "pending review", NOW, null, null, null, null, null, null, null, "nope"),
                        ApiEventRules.Kind.INVALID, ApiEventRules.CONTACT_INVALID),
                Arguments.of("monitoring updates an incident", ZABBIX, INCIDENT, change("fixing", null),
                        ApiEventRules.Kind.FORBIDDEN, AccessRules.NOT_ALLOWED_TO_MONITORING),
                Arguments.of("monitoring cancels a planned maintenance", ZABBIX, PLANNED, change("cancelled", null),
                        ApiEventRules.Kind.FORBIDDEN, AccessRules.NOT_ALLOWED_TO_MONITORING),
                Arguments.of("monitoring approves a request", ZABBIX, PENDING, change("reviewed", 4),
                        ApiEventRules.Kind.FORBIDDEN, AccessRules.NOT_ALLOWED_TO_MONITORING),
                Arguments.of("monitoring edits a request", ZABBIX, PENDING, move(NOW.plusDays(2), NOW.plusDays(3)),
                        ApiEventRules.Kind.FORBIDDEN, AccessRules.NOT_ALLOWED_TO_MONITORING),
                Arguments.of("an incident's status stays v3's", OSCAR, INCIDENT, change("reviewed", 3),
                        ApiEventRules.Kind.INVALID, ApiEventRules.WRONG_INCIDENT_STATUS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void changes(String label, Actor actor, EventView stored, ApiEventPatch patch, ApiEventRules.Kind kind,
            String message) {
        Optional<ApiEventRules.Refusal> refusal = ApiEventRules.checkPatchBy(stored, patch, actor, NOW);
        assertEquals(Optional.ofNullable(kind), refusal.map(ApiEventRules.Refusal::kind), "kind");
        assertEquals(Optional.ofNullable(message), refusal.map(ApiEventRules.Refusal::message), "message");
    }

    @Test
    void onlyRolesThatCannotApproveNeedReview() {
        assertTrue(ApiEventRules.needsReview(CARLA));
        assertFalse(ApiEventRules.needsReview(OSCAR));
        assertFalse(ApiEventRules.needsReview(ADA));
    }

    @Test
    void unpublishedRequestsAreHiddenFromVisitors() {
        assertFalse(PENDING.isPublished());
        assertFalse(REVIEWED.isPublished());
        assertTrue(PLANNED.isPublished());
        assertTrue(INCIDENT.isPublished());
    }
}
