package io.statusdashboard.web.api.v2;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the writes a creator may send (posting and changing events): whether they are allowed
 * depends on the body (a maintenance or not) and on the event (pending review, whose), so the
 * incident module decides them with {@link io.statusdashboard.incident.api.AccessRules}. Every
 * other write needs {@link io.statusdashboard.incident.api.Action#RUN_INCIDENTS} before its body
 * is read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MaintenanceRequestWrite {

    /**
     * Whether the write may also open a system incident ({@code "system": true}), the one API v2
     * write a monitoring token may send: such a caller gets as far as the body too.
     */
    boolean opensSystemIncidents() default false;
}
