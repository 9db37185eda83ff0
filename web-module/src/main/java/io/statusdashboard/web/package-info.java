/**
 * The deployable web application, in three parts and a feature of its own:
 * <ul>
 * <li>{@code page} — what Faces renders for people: the visitors' pages, the operators' forms and
 * the layout they share;
 * <li>{@code api} — what programs read and write: the REST API (v1, v2, the Statuspage JSON) and
 * the feeds, calendars and badges;
 * <li>{@code platform} — what pages and APIs stand on: the response cache, the database, security,
 * language, error pages, health, metrics and start-up;
 * <li>{@code subscription} — webhooks and e-mail subscriptions, a module with its own
 * {@code internal}.
 * </ul>
 * Pages and APIs do not know each other and the platform knows neither ({@code ModuleBoundariesTest}).
 * Here only what all of them share: settings and branding, the public URL, the data directory,
 * the addresses of an event's page and of the feeds, which events are public, and the safe HTML of
 * an update and a status's icon. It reaches the catalog and incident modules only through their
 * {@code api} packages.
 */
package io.statusdashboard.web;
