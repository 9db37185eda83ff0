package io.statusdashboard.web.api.v1;

/** One attribute of a component, as the original API writes it. */
public record ApiAttribute(String name, String value) {}
