/**
 * API v2 under {@code /v2}: a drop-in for status-dashboard-v3's clients — its paths, status codes,
 * JSON keys and their order, omission rules, timestamp form, error texts ({@code {"errMsg": ...}})
 * and CORS headers. {@link io.statusdashboard.web.api.v2.V2Json} maps the modules' views onto its
 * JSON and {@link io.statusdashboard.web.api.v2.V2Exception} carries its refusals, for reads and
 * writes alike; the rules themselves live in the incident module.
 */
package io.statusdashboard.web.api.v2;
