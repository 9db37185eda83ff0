/**
 * What programs read and write, in its sub-packages: API v1, v2, the Statuspage JSON and the feeds
 * ({@code feed}). Here the REST API under {@code /api}: JSON in and out, errors as {@code {"message": ...}} with a 4xx
 * status, the OpenAPI document at {@code /openapi}. API v2 ({@code v2}) is an application of its
 * own under {@code /v2}, with status-dashboard-v3's error form.
 */
package io.statusdashboard.web.api;
