/** What happens once when the application starts: datasource, schema migrations, catalog provisioning. */
package io.statusdashboard.web.startup;
