/** RSS 2.0 feeds of a region's or a component's events ({@code /rss/?mt=REGION[&srv=NAME]}). */
package io.statusdashboard.web.feed;
