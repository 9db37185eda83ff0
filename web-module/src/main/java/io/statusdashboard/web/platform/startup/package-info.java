/**
 * What happens once when the application starts: datasource, schema migrations, catalog
 * provisioning, the maintenance clock.
 */
package io.statusdashboard.web.platform.startup;
