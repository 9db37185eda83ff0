package io.statusdashboard.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** JAX-RS root of the API. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Status Dashboard API", version = "1",
        description = "Component status for monitoring systems, compatible with stackmon/status-dashboard."))
@SecurityScheme(securitySchemeName = ApiApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "HS256-signed with SDB_SECRET_KEY, carrying the claim named by"
                + " SDB_API_PAYLOAD_KEY (default 'stackmon').")
public class ApiApplication extends Application {

    public static final String BEARER = "bearer";
}
