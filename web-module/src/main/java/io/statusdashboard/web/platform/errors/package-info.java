/**
 * What people see when something goes wrong: the dashboard's own error page for every status and
 * failure (never the server's report), and forms sent after their view expired shown again with
 * what was typed in them. The error page answers every request, an API's with JSON, which is why
 * it is platform and not page.
 */
package io.statusdashboard.web.platform.errors;
