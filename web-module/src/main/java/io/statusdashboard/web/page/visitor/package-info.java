/**
 * The public status page: which services in which regions are healthy, the active incidents and
 * maintenances. {@link io.statusdashboard.web.page.visitor.StatusBoard} is plain Java built from the
 * modules' views; {@link io.statusdashboard.web.page.visitor.StatusPage} is the request-scoped bean the
 * Faces view reads.
 */
package io.statusdashboard.web.page.visitor;
