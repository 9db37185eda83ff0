/**
 * Monitoring API v1, compatible with the clients of stackmon/status-dashboard: same paths, status
 * codes, field names and date format ({@code YYYY-MM-DD HH:MM}, UTC).
 */
package io.statusdashboard.web.api.v1;
