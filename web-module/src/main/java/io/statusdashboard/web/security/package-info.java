/**
 * Who may change the dashboard: operators signed in through OpenID Connect (Jakarta Security), or,
 * when no provider is configured, one local operator account. Also the protections every page
 * gets: security headers, session cookie settings.
 */
package io.statusdashboard.web.security;
