/**
 * What every page shares: the installation's branding from configuration, the subscribe menu and
 * the static assets (versioned URLs, compression, long-lived caching).
 */
package io.statusdashboard.web.page.layout;
