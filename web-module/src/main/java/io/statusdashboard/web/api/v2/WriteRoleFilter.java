package io.statusdashboard.web.api.v2;

import io.statusdashboard.incident.api.AccessRules;
import io.statusdashboard.incident.api.Action;
import io.statusdashboard.web.platform.security.ApiCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * After the token check, the role table ({@link AccessRules}): a write that is not a maintenance
 * request needs {@link Action#RUN_INCIDENTS}, refused with 403 before the body is read. Posting
 * and changing events ({@link MaintenanceRequestWrite}) are let through to any role that may
 * request or change a maintenance, and posting to a monitoring token, which may open system
 * incidents; the incident module then decides on the body and the event.
 */
@Provider
@TokenRequired
@Priority(Priorities.AUTHORIZATION)
public class WriteRoleFilter implements ContainerRequestFilter {

    @Inject
    private CurrentApiCaller currentCaller;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        MaintenanceRequestWrite decidedOnTheBody = method == null ? null : method.getAnnotation(MaintenanceRequestWrite.class);
        currentCaller.get().filter(caller -> !mayWrite(caller, decidedOnTheBody)).ifPresent(refused ->
                request.abortWith(V2ExceptionMappers.response(403, AccessRules.notAllowed(refused.role()))));
    }

    /** Whether this caller may send this write at all; {@code decidedOnTheBody} null for every other write. */
    static boolean mayWrite(ApiCaller caller, MaintenanceRequestWrite decidedOnTheBody) {
        if (AccessRules.mayEver(caller.role(), Action.RUN_INCIDENTS)) {
            return true;
        }
        if (decidedOnTheBody == null) {
            return false;
        }
        return AccessRules.mayEver(caller.role(), Action.CREATE_MAINTENANCE)
                || decidedOnTheBody.opensSystemIncidents() && AccessRules.mayEver(caller.role(), Action.OPEN_SYSTEM_INCIDENT);
    }
}
