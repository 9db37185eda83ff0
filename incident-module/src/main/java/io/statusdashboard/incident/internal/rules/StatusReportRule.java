package io.statusdashboard.incident.internal.rules;

import io.statusdashboard.incident.api.EventType;
import io.statusdashboard.incident.api.Impact;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule that decides what a monitoring client's status report does, as a pure function of the
 * active events:
 * <ol>
 *   <li>a component under maintenance stays there;</li>
 *   <li>an incident an operator opened owns its components, whatever the reported impact;</li>
 *   <li>a component in no system incident joins the one of the reported impact, or opens it;</li>
 *   <li>a system incident of at least the reported impact already covers it;</li>
 *   <li>a higher impact escalates: move to the system incident of that impact, else raise the
 *       impact of an incident that holds only this component, else move to a new incident.</li>
 * </ol>
 * Among several candidates the oldest event wins, so repeated reports converge on one incident.
 */
public final class StatusReportRule {

    private static final Comparator<ActiveEvent> OLDEST_FIRST =
            Comparator.comparing(ActiveEvent::start).thenComparingLong(ActiveEvent::id);

    private StatusReportRule() {}

    public static StatusReportVerdict decide(int componentId, Impact reported, List<ActiveEvent> active) {
        Optional<ActiveEvent> maintenance = oldest(active.stream()
                .filter(event -> event.type() == EventType.MAINTENANCE && event.affects(componentId)).toList());
        if (maintenance.isPresent()) {
            return new StatusReportVerdict.KeepMaintenance(maintenance.get().id());
        }
        Optional<ActiveEvent> operatorIncident = oldest(active.stream()
                .filter(event -> event.isOperatorIncident() && event.affects(componentId)).toList());
        if (operatorIncident.isPresent()) {
            return new StatusReportVerdict.Conflict(operatorIncident.get().id());
        }
        Optional<ActiveEvent> sameImpact = oldest(active.stream()
                .filter(event -> event.isSystemIncident() && event.impact() == reported).toList());
        Optional<ActiveEvent> current = active.stream()
                .filter(event -> event.isSystemIncident() && event.affects(componentId))
                .max(Comparator.comparing(ActiveEvent::impact).thenComparing(OLDEST_FIRST.reversed()));
        if (current.isEmpty()) {
            return sameImpact.<StatusReportVerdict>map(event -> new StatusReportVerdict.AddToIncident(event.id()))
                    .orElseGet(StatusReportVerdict.OpenIncident::new);
        }
        ActiveEvent from = current.get();
        if (from.impact().compareTo(reported) >= 0) {
            return new StatusReportVerdict.Conflict(from.id());
        }
        boolean onlyComponent = from.componentIds().size() == 1;
        if (sameImpact.isPresent()) {
            return new StatusReportVerdict.MoveToIncident(from.id(), sameImpact.get().id(), onlyComponent);
        }
        return onlyComponent ? new StatusReportVerdict.RaiseImpact(from.id())
                : new StatusReportVerdict.MoveToNewIncident(from.id());
    }

    /**
     * {@link #decide}'s verdict when it changes nothing (the component stays in its maintenance, or
     * an incident already covers it), found from the events that hold the component alone: those
     * verdicts weigh no other event. Empty when the verdict may change events, which then needs
     * every active event, read under the lock. So a report that changes nothing, most of a storm of
     * repeated reports, needs neither the lock nor the other events.
     *
     * @param holding active events; those not holding the component are ignored
     */
    public static Optional<StatusReportVerdict> decideIfUnchanged(int componentId, Impact reported,
            List<ActiveEvent> holding) {
        StatusReportVerdict verdict = decide(componentId, reported,
                holding.stream().filter(event -> event.affects(componentId)).toList());
        return verdict.changesNothing() ? Optional.of(verdict) : Optional.empty();
    }

    private static Optional<ActiveEvent> oldest(List<ActiveEvent> events) {
        return events.stream().min(OLDEST_FIRST);
    }
}
