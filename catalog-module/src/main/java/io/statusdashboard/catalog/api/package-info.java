/**
 * What other modules may use of the catalog: the {@link io.statusdashboard.catalog.api.CatalogQueries
 * read side}, {@link io.statusdashboard.catalog.api.CatalogProvisioning provisioning}, the immutable
 * {@link io.statusdashboard.catalog.api.ComponentView} and the {@link
 * io.statusdashboard.catalog.api.CatalogChanged} event. Entities never leave the module.
 */
package io.statusdashboard.catalog.api;
