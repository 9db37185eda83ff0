package io.statusdashboard.incident.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Availability per calendar month as API v2 reports it (status-dashboard-v3's rule): only closed
 * outages count, against the whole month's length, rounded half-up to 5 decimals.
 *
 * @param months newest first: the current month, then the ones before it
 * @param percentByComponent for every component that ever had an event, one percentage per month
 *     in the order of {@code months}; components without any event have no entry
 */
public record MonthlyAvailability(List<YearMonth> months, Map<Integer, List<BigDecimal>> percentByComponent) {

    public MonthlyAvailability {
        months = List.copyOf(months);
        percentByComponent = Map.copyOf(percentByComponent);
    }

    /** A component's percentages, or empty when it never had an event. */
    public Optional<List<BigDecimal>> of(int componentId) {
        return Optional.ofNullable(percentByComponent.get(componentId));
    }
}
