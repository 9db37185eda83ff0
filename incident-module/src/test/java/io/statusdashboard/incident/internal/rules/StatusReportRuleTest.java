package io.statusdashboard.incident.internal.rules;

import static io.statusdashboard.incident.api.Impact.MAJOR;
import static io.statusdashboard.incident.api.Impact.MINOR;
import static io.statusdashboard.incident.api.Impact.OUTAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.Impact;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every branch of the monitoring API's decision, including the scenarios of the
 * original's test suite and the cases where this dashboard deliberately differs.
 */
class StatusReportRuleTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 28, 10, 0);
    private static final int ECS = 1;
    private static final int OBS = 2;
    private static final int VPC = 3;

    private static ActiveEvent system(long id, Impact impact, int minutesAgo, Integer... components) {
        return new ActiveEvent(id, EventType.INCIDENT, impact, true, T.minusMinutes(minutesAgo), Set.of(components));
    }

    private static ActiveEvent operator(long id, Impact impact, Integer... components) {
        return new ActiveEvent(id, EventType.INCIDENT, impact, false, T.minusHours(1), Set.of(components));
    }

    private static ActiveEvent maintenance(long id, int minutesAgo, Integer... components) {
        return new ActiveEvent(id, EventType.MAINTENANCE, Impact.MAINTENANCE, false, T.minusMinutes(minutesAgo),
                Set.of(components));
    }

    private static ActiveEvent info(long id, Integer... components) {
        return new ActiveEvent(id, EventType.INFO, Impact.MAINTENANCE, false, T.minusHours(1), Set.of(components));
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("nothing active: open a new system incident",
                        List.of(), MINOR, new StatusReportVerdict.OpenIncident()),
                Arguments.of("an announcement changes nothing",
                        List.of(info(1, ECS)), MINOR, new StatusReportVerdict.OpenIncident()),
                Arguments.of("under maintenance: the maintenance answers, nothing changes",
                        List.of(maintenance(1, 10, ECS)), OUTAGE, new StatusReportVerdict.KeepMaintenance(1)),
                Arguments.of("fix: any maintenance of the component counts, not only the first active one",
                        List.of(maintenance(1, 30, OBS), maintenance(2, 10, ECS)), MINOR,
                        new StatusReportVerdict.KeepMaintenance(2)),
                Arguments.of("maintenance wins over the component's system incident",
                        List.of(system(1, MINOR, 5, ECS), maintenance(2, 10, ECS)), MAJOR,
                        new StatusReportVerdict.KeepMaintenance(2)),
                Arguments.of("an operator's incident owns the component: conflict at a lower impact",
                        List.of(operator(1, MAJOR, ECS)), MINOR, new StatusReportVerdict.Conflict(1)),
                Arguments.of("fix: an operator's incident owns the component even at a higher impact",
                        List.of(operator(1, MINOR, ECS)), OUTAGE, new StatusReportVerdict.Conflict(1)),
                Arguments.of("another component's operator incident is no obstacle",
                        List.of(operator(1, MINOR, OBS)), MINOR, new StatusReportVerdict.OpenIncident()),
                Arguments.of("join the system incident of the same impact",
                        List.of(system(1, MINOR, 5, OBS)), MINOR, new StatusReportVerdict.AddToIncident(1)),
                Arguments.of("a system incident of another impact is not joined",
                        List.of(system(1, MAJOR, 5, OBS)), MINOR, new StatusReportVerdict.OpenIncident()),
                Arguments.of("of two system incidents of the same impact the oldest is joined",
                        List.of(system(1, MINOR, 5, OBS), system(2, MINOR, 50, VPC)), MINOR,
                        new StatusReportVerdict.AddToIncident(2)),
                Arguments.of("already in a system incident of the same impact: conflict",
                        List.of(system(1, MAJOR, 5, ECS)), MAJOR, new StatusReportVerdict.Conflict(1)),
                Arguments.of("already in a system incident of a higher impact: conflict",
                        List.of(system(1, OUTAGE, 5, ECS)), MINOR, new StatusReportVerdict.Conflict(1)),
                Arguments.of("escalate alone in its incident, none of the new impact: raise the impact",
                        List.of(system(1, MINOR, 5, ECS)), MAJOR, new StatusReportVerdict.RaiseImpact(1)),
                Arguments.of("escalate alone, an incident of the new impact exists: move there and close",
                        List.of(system(1, MINOR, 5, ECS), system(2, OUTAGE, 5, OBS)), OUTAGE,
                        new StatusReportVerdict.MoveToIncident(1, 2, true)),
                Arguments.of("escalate from a shared incident to an existing one: move, keep the old open",
                        List.of(system(1, MINOR, 5, ECS, VPC), system(2, MAJOR, 5, OBS)), MAJOR,
                        new StatusReportVerdict.MoveToIncident(1, 2, false)),
                Arguments.of("escalate from a shared incident, none of the new impact: move to a new one",
                        List.of(system(1, MINOR, 5, ECS, VPC)), OUTAGE, new StatusReportVerdict.MoveToNewIncident(1)),
                Arguments.of("an operator's incident of the reported impact is never a target",
                        List.of(system(1, MINOR, 5, ECS), operator(2, MAJOR, OBS)), MAJOR,
                        new StatusReportVerdict.RaiseImpact(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decides(String scenario, List<ActiveEvent> active, Impact reported, StatusReportVerdict expected) {
        assertEquals(expected, StatusReportRule.decide(ECS, reported, active));
    }

    /**
     * The verdicts that change nothing are found from the component's own events, and only they:
     * over the scenarios above and many random sets of active events, the shortcut answers exactly
     * when {@link StatusReportRule#decide} changes nothing, and with its verdict.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aVerdictThatChangesNothingNeedsOnlyTheComponentsEvents(String scenario, List<ActiveEvent> active,
            Impact reported, StatusReportVerdict expected) {
        assertEquals(changesNothing(expected) ? Optional.of(expected) : Optional.empty(),
                StatusReportRule.decideIfUnchanged(ECS, reported, holding(active, ECS)));
    }

    @Test
    void theShortcutAgreesWithTheWholeDecisionOnRandomActiveEvents() {
        Random random = new Random(20261203);
        int shortcuts = 0;
        for (int round = 0; round < 20_000; round++) {
            List<ActiveEvent> active = new ArrayList<>();
            int events = random.nextInt(6);
            for (long id = 1; id <= events; id++) {
                Set<Integer> components = new HashSet<>();
                components.add(1 + random.nextInt(3));
                components.add(1 + random.nextInt(3));
                EventType type = EventType.values()[random.nextInt(EventType.values().length)];
                Impact impact = type == EventType.INCIDENT ? List.of(MINOR, MAJOR, OUTAGE).get(random.nextInt(3))
                        : Impact.MAINTENANCE;
                active.add(new ActiveEvent(id, type, impact, random.nextBoolean(),
                        T.minusMinutes(random.nextInt(3)), components));
            }
            Impact reported = List.of(MINOR, MAJOR, OUTAGE).get(random.nextInt(3));
            StatusReportVerdict whole = StatusReportRule.decide(ECS, reported, active);
            Optional<StatusReportVerdict> shortcut = StatusReportRule.decideIfUnchanged(ECS, reported,
                    holding(active, ECS));
            assertEquals(changesNothing(whole) ? Optional.of(whole) : Optional.empty(), shortcut,
                    () -> reported + " over " + active);
            shortcuts += shortcut.isPresent() ? 1 : 0;
        }
        assertTrue(shortcuts > 2_000 && shortcuts < 18_000, "both kinds of verdict were met: " + shortcuts);
    }

    private static boolean changesNothing(StatusReportVerdict verdict) {
        return verdict instanceof StatusReportVerdict.Conflict || verdict instanceof StatusReportVerdict.KeepMaintenance;
    }

    /** What the lookup without the lock reads: the events that hold the component. */
    private static List<ActiveEvent> holding(List<ActiveEvent> active, int component) {
        return active.stream().filter(event -> event.componentIds().contains(component)).toList();
    }
}
