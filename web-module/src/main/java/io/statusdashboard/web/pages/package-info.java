/** The public pages beside the status page: one event, the history, the availability. */
package io.statusdashboard.web.pages;
