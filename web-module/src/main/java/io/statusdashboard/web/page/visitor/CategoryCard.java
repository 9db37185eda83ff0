package io.statusdashboard.web.page.visitor;

import java.util.List;

/** The components of one category in the selected region, by name. */
public record CategoryCard(String name, List<ComponentStatus> components) {}
