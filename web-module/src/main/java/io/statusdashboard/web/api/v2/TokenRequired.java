package io.statusdashboard.web.api.v2;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the API v2 methods that write: their bearer token is checked before anything else looks at
 * the request, and an unknown or missing one is refused with 401 {@code {"errMsg":"not authenticated"}}.
 * The caller it names is then available from {@link CurrentApiCaller}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TokenRequired {}
