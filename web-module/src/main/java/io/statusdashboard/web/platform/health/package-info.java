/** MicroProfile Health checks behind {@code /health/ready} and {@code /health/live}, for load balancers and Kubernetes. */
package io.statusdashboard.web.platform.health;
