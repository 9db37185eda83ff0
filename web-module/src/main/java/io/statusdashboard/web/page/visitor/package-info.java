/**
 * The public pages visitors read, GET-only and without a session: the status page (which services
 * in which regions are healthy, the active incidents and maintenances), one event, the history,
 * the availability and subscribing. {@link io.statusdashboard.web.page.visitor.StatusBoard} is plain
 * Java built from the modules' views; {@link io.statusdashboard.web.page.visitor.StatusPage} is the
 * request-scoped bean the Faces view reads.
 */
package io.statusdashboard.web.page.visitor;
