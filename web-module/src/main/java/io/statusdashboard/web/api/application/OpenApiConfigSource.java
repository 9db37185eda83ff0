package io.statusdashboard.web.api.application;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Names {@link OpenApiFilter} as the OpenAPI filter ({@code mp.openapi.filter}). A source of its
 * own rather than {@code META-INF/microprofile-config.properties}, which deployments (and the
 * container tests) replace with their own settings.
 */
public class OpenApiConfigSource implements ConfigSource {

    static final String FILTER = "mp.openapi.filter";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(FILTER);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(FILTER, OpenApiFilter.class.getName());
    }

    @Override
    public String getValue(String propertyName) {
        return FILTER.equals(propertyName) ? OpenApiFilter.class.getName() : null;
    }

    @Override
    public String getName() {
        return "status-dashboard OpenAPI filter";
    }

    @Override
    public int getOrdinal() {
        // Below every other source: an operator's own mp.openapi.filter wins.
        return 50;
    }
}
