/**
 * How the APIs are published: the JAX-RS application under {@code /api} (API v1 and the
 * Statuspage-compatible JSON), and the OpenAPI document's configuration and the filter that
 * finishes it (servers from {@code SDB_PUBLIC_URL}, the operations of the deprecated
 * {@code /v2/incidents} alias beside those of {@code /v2/events}).
 */
package io.statusdashboard.web.api.application;
