package io.statusdashboard.web.api.v2;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every API v2 error, as status-dashboard-v3 writes it. */
@Schema(name = "V2Error")
public record V2Error(@Schema(example = "event does not exist") String errMsg) {}
