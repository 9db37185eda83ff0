package io.statusdashboard.incident.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Monthly availability of the components over consecutive months.
 *
 * @param months oldest first, the current month last
 * @param percentByComponent availability in percent per month, for components that had an
 *     outage in the period; every other component was available all the time
 */
public record Availability(List<YearMonth> months, Map<Integer, List<Double>> percentByComponent) {

    public Availability {
        months = List.copyOf(months);
        percentByComponent = Map.copyOf(percentByComponent);
    }

    /** A component's percentages, one per month: 100 when it had no outage. */
    public List<Double> of(int componentId) {
        return percentByComponent.getOrDefault(componentId, months.stream().map(month -> 100.0).toList());
    }
}
