package io.statusdashboard.web.api.application;

import io.statusdashboard.web.api.OpenApiServers;
import io.statusdashboard.web.api.v2.IncidentsAlias;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * What the OpenAPI document says beyond the annotations: its {@link OpenApiServers servers}, and
 * the operations API v2 serves under its deprecated {@link IncidentsAlias alias} too.
 *
 * <p>Created by the OpenAPI implementation (not CDI) through {@link OpenApiConfigSource}; the
 * document is built once and served to everyone, so nothing in it may come from a request.
 */
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new OpenApiServers().filterOpenAPI(openAPI);
        IncidentsAlias.document(openAPI);
    }
}
