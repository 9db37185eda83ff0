/** The dashboard's own metrics at {@code /metrics} (Prometheus format), for the monitoring that scrapes it. */
package io.statusdashboard.web.platform.metrics;
