/**
 * The JSON that Atlassian Statuspage pages publish under {@code /api/v2/*.json} (summary, status,
 * components, incidents, scheduled maintenances), so that status aggregators, chat integrations and
 * dashboards written for Statuspage read this dashboard unchanged. Regions are Statuspage's component
 * groups. Not to be confused with API v2 of status-dashboard-v3, which lives under {@code /v2}.
 */
package io.statusdashboard.web.api.statuspage;
