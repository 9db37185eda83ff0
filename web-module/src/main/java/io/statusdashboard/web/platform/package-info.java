/**
 * What pages and APIs stand on: the response cache, the datasource, sign-in and the protections
 * of every response, the request's language, the error page, health, metrics and start-up. It
 * depends on neither pages nor APIs, so both can rely on it alike.
 */
package io.statusdashboard.web.platform;
