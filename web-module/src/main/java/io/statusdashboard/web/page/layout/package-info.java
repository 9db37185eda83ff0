/**
 * What every page shares: the subscribe menu, the known regions and the static assets (versioned
 * URLs, compression, long-lived caching). The installation's branding they show is in the web root,
 * as mails and security headers use it too.
 */
package io.statusdashboard.web.page.layout;
