package io.statusdashboard.web.api;

/**
 * Names the OpenAPI document gives its security schemes, shared by the applications that define
 * them and the resources of both APIs that require them.
 */
public final class OpenApiSchemes {

    /** A JWT in the {@code Authorization: Bearer} header. */
    public static final String BEARER = "bearer";

    private OpenApiSchemes() {}
}
