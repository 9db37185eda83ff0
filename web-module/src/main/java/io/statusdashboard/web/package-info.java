/**
 * The deployable: Faces pages, start-up wiring (database, schema, catalog) and later the REST API,
 * feeds, security and page cache. It reaches the catalog and incident modules only through their
 * {@code api} packages.
 */
package io.statusdashboard.web;
