/**
 * The REST API under {@code /api}: JSON in and out, errors as {@code {"message": ...}} with a 4xx
 * status, the OpenAPI document at {@code /openapi}.
 */
package io.statusdashboard.web.api;
