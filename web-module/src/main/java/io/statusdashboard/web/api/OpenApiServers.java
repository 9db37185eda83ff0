package io.statusdashboard.web.api;

import io.statusdashboard.web.PublicUrl;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The OpenAPI document's {@code servers}: {@link PublicUrl} when it is set, else {@code /}, which
 * OpenAPI reads as relative to where the document was fetched. Payara would otherwise name its own
 * listener ({@code http://<host name>:<port>/}), an address visitors behind a proxy cannot reach.
 *
 * <p>Run by {@link io.statusdashboard.web.api.application.OpenApiFilter}; the document is built once and served to everyone, so nothing
 * in it may come from a request.
 */
public class OpenApiServers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // The application's own configuration: the document may be built on a container thread.
        String url = PublicUrl.from(ConfigProvider.getConfig(OpenApiServers.class.getClassLoader()))
                .map(base -> base + "/")
                .orElse("/");
        openAPI.setServers(List.of(OASFactory.createServer().url(url).description("The status dashboard")));
    }
}
