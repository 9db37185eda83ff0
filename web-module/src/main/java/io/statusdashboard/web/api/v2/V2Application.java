package io.statusdashboard.web.api.v2;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * JAX-RS root of API v2 at {@code /v2}, where status-dashboard-v3's clients expect it. Its classes
 * are listed, as {@link io.statusdashboard.web.api.application.ApiApplication}'s are, so neither application
 * picks up the other's resources or error mappers.
 */
@ApplicationPath("/v2")
public class V2Application extends Application {

    /** What v3 answers with. */
    public static final MediaType JSON = new MediaType("application", "json", "utf-8");

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ComponentsResource.class, EventsResource.class, AvailabilityResource.class, SubscriptionsResource.class,
                BearerTokenFilter.class,
                WriteRoleFilter.class, V2ExceptionMappers.Refused.class, V2ExceptionMappers.Protocol.class, V2ExceptionMappers.Transaction.class,
                V2ExceptionMappers.Unexpected.class);
    }
}
