package io.statusdashboard.web.page.visitor;

/** Another region with events open there, for a link to its tab. */
public record RegionCount(String region, int openEvents) {}
