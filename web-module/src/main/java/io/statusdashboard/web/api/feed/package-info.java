/**
 * Feeds of a region's or a component's events: RSS 2.0 ({@code /rss/?mt=REGION[&srv=NAME]}), Atom
 * ({@code /atom/REGION[/NAME]}), the maintenance windows as iCalendar
 * ({@code /calendar/REGION[/NAME].ics}) and a status badge ({@code /badge/REGION[/NAME].svg}).
 * The pages name them through {@link io.statusdashboard.web.FeedLinks}.
 */
package io.statusdashboard.web.api.feed;
