package io.statusdashboard.web.api.v1;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the endpoint monitoring posts its status reports to ({@code POST /v1/component_status}),
 * and binds the two filters that belong to it: {@link MonitoringTokenFilter}, which refuses a
 * report without a good monitoring token, and {@link StatusReportCounter}, which counts the
 * answers by outcome, refusals included.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StatusReportEndpoint {}
