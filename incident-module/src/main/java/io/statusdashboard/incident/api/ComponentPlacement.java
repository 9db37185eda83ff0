package io.statusdashboard.incident.api;

/**
 * Where a component of a posted event ended up: the event that holds it now.
 *
 * @param error null, or why the event could not take it (the component is under maintenance,
 *     and {@code eventId} is that maintenance)
 */
public record ComponentPlacement(int componentId, long eventId, String error) {}
