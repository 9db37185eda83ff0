package io.statusdashboard.web.api.application;

import io.statusdashboard.web.api.ApiExceptionMappers;
import io.statusdashboard.web.api.OpenApiSchemes;
import io.statusdashboard.web.api.statuspage.StatuspageResource;
import io.statusdashboard.web.api.v1.ComponentStatusResource;
import io.statusdashboard.web.api.v1.MonitoringTokenFilter;
import io.statusdashboard.web.api.v1.StatusReportCounter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * JAX-RS root of the API under {@code /api}. Its classes are listed rather than discovered: API v2
 * is another application ({@code /v2}, {@link io.statusdashboard.web.api.v2.V2Application}) with
 * its own errors, and discovery would give each application the other's resources and mappers.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Status Dashboard API", version = "1",
        description = "Component status for monitoring systems, compatible with stackmon/status-dashboard (API v1,"
                + " under /api/v1); Atlassian Statuspage's public JSON for the tools that read Statuspage pages"
                + " (under /api/v2); and events, components and availability for the clients of"
                + " status-dashboard-v3 (API v2, under /v2)."))
@SecurityScheme(securitySchemeName = OpenApiSchemes.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "HS256-signed with SDB_SECRET_KEY, carrying the claim named by"
                + " SDB_API_PAYLOAD_KEY (default 'stackmon').")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ComponentStatusResource.class, StatuspageResource.class, MonitoringTokenFilter.class, StatusReportCounter.class,
                ApiExceptionMappers.Refused.class, ApiExceptionMappers.Protocol.class, ApiExceptionMappers.Transaction.class,
                ApiExceptionMappers.Unexpected.class);
    }
}
