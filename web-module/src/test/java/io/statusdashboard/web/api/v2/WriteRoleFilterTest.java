package io.statusdashboard.web.api.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.CallerRole;
import io.statusdashboard.web.platform.security.ApiCaller;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which API v2 writes each role gets past the filter with, over the real resources' methods: a
 * monitoring token only to posting events (where the incident module then lets only system
 * incidents through), a creator to posting and changing events, operators and admins everywhere.
 */
class WriteRoleFilterTest {

    private static final ApiCaller MONITORING = new ApiCaller("monitoring", CallerRole.MONITORING);
    private static final ApiCaller CREATOR = new ApiCaller("carla", CallerRole.CREATOR);

    @Test
    void aMonitoringTokenGetsOnlyToPostingEvents() {
        assertEquals(Set.of("POST /v2/events", "POST /v2/incidents"), passing(MONITORING));
    }

    @Test
    void aCreatorGetsToPostingAndChangingEvents() {
        assertEquals(Set.of("POST /v2/events", "POST /v2/incidents", "PATCH /v2/events/{id}", "PATCH /v2/incidents/{id}"),
                passing(CREATOR));
    }

    @Test
    void operatorsAndAdminsGetToEveryWrite() {
        Set<String> every = guarded().keySet();
        assertTrue(every.containsAll(Set.of("POST /v2/components", "POST /v2/events/{id}/extract",
                "PATCH /v2/events/{id}/updates/{n}", "POST /v2/subscriptions", "DELETE /v2/subscriptions/{id}")),
                every.toString());
        for (CallerRole role : Set.of(CallerRole.OPERATOR, CallerRole.ADMIN)) {
            assertEquals(every, passing(new ApiCaller("oscar", role)), role.toString());
        }
    }

    @Test
    void everyOtherWriteIsRefusedWithoutTheAnnotation() {
        assertFalse(WriteRoleFilter.mayWrite(MONITORING, null));
        assertFalse(WriteRoleFilter.mayWrite(CREATOR, null));
        assertTrue(WriteRoleFilter.mayWrite(new ApiCaller("oscar", CallerRole.OPERATOR), null));
    }

    private static Set<String> passing(ApiCaller caller) {
        return guarded().entrySet().stream()
                .filter(write -> WriteRoleFilter.mayWrite(caller, write.getValue().getAnnotation(MaintenanceRequestWrite.class)))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every method the token filters run before, by HTTP method and path (each of an alias's). */
    private static Map<String, Method> guarded() {
        Map<String, Method> writes = new TreeMap<>();
        for (Class<?> resource : List.of(EventsResource.class, ComponentsResource.class, SubscriptionsResource.class)) {
            boolean wholeClass = resource.isAnnotationPresent(TokenRequired.class);
            for (Method method : resource.getDeclaredMethods()) {
                if (wholeClass || method.isAnnotationPresent(TokenRequired.class)) {
                    httpMethod(method).ifPresent(verb -> IncidentsAlias.paths(path(resource, method))
                            .forEach(path -> writes.put(verb + " " + path, method)));
                }
            }
        }
        return writes;
    }

    private static Optional<String> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .filter(type -> type.isAnnotationPresent(HttpMethod.class))
                .map(type -> type.getAnnotation(HttpMethod.class).value())
                .findFirst();
    }

    private static String path(Class<?> resource, Method method) {
        String own = method.isAnnotationPresent(Path.class) ? "/" + method.getAnnotation(Path.class).value() : "";
        return ("/v2/" + resource.getAnnotation(Path.class).value() + own).replaceAll("/+", "/");
    }
}
