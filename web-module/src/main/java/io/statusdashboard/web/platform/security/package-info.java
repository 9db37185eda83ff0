/**
 * Who may change the dashboard: operators signed in through OpenID Connect (Jakarta Security), or,
 * when no provider is configured, one local operator account. Also the protections every page
 * gets: security headers (on the sign-in's own responses too), session cookie settings, the token
 * of the operators' plain forms, and signing out by POST only.
 */
package io.statusdashboard.web.platform.security;
