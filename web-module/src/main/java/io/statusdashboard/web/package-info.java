/**
 * The deployable web application: pages, the APIs, feeds, subscriptions, security, the response
 * cache and start-up wiring, each in a package of its own. Here only what all of them share: the
 * public URL, the data directory, the address of an event's page. It reaches the catalog and
 * incident modules only through their {@code api} packages.
 */
package io.statusdashboard.web;
