package io.statusdashboard.web.it;

import io.statusdashboard.web.api.v2.BearerTokenFilter;
import io.statusdashboard.web.api.v2.CurrentApiCaller;
import io.statusdashboard.web.api.v2.TokenRequired;
import io.statusdashboard.web.api.v2.V2Exception;
import io.statusdashboard.web.api.v2.V2ExceptionMappers;
import io.statusdashboard.web.platform.security.ApiCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.Set;

/**
 * A write that needs a token, for {@link ApiV2AuthIT} only: the real token filter and error
 * mappers of API v2 in front of a resource that echoes the caller the filter accepted. Added to
 * the test deployment, never to the application.
 */
public final class TokenProbe {

    private TokenProbe() {}

    @ApplicationPath("/it-v2")
    public static class ProbeApplication extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(ProbeResource.class, BearerTokenFilter.class, V2ExceptionMappers.Refused.class,
                    V2ExceptionMappers.Protocol.class, V2ExceptionMappers.Unexpected.class);
        }
    }

    @Path("/")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class ProbeResource {

        @Inject
        private CurrentApiCaller currentCaller;

        @POST
        @Path("write")
        @TokenRequired
        public JsonObject write() {
            ApiCaller caller = currentCaller.get().orElseThrow();
            return Json.createObjectBuilder().add("name", caller.name()).add("role", caller.role().name()).build();
        }

        /** Reached only with a good token: its id and body are read after the token check. */
        @POST
        @Path("events/{id}")
        @TokenRequired
        public JsonObject writeEvent(@PathParam("id") long id, String body) {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                reader.readObject();
            } catch (JsonException e) {
                throw V2Exception.badRequest("invalid body");
            }
            throw V2Exception.notFound(V2Exception.EVENT_NOT_FOUND);
        }

        /** No token needed: the caller stays unknown. */
        @GET
        @Path("read")
        public JsonObject read() {
            return Json.createObjectBuilder().add("anonymous", currentCaller.get().isEmpty()).build();
        }
    }
}
