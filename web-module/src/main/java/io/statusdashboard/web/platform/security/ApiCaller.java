package io.statusdashboard.web.platform.security;

import io.statusdashboard.incident.api.CallerRole;
import java.util.Objects;

/**
 * Who sent an API write, as its bearer token says: a monitoring system (an HS256 token signed with
 * the shared secret) or a person or program signed by the OpenID Connect provider, with the role
 * its groups give.
 *
 * @param name the token's {@code preferred_username}, else its {@code sub}; "monitoring" for the
 *     shared-secret tokens, which name nobody
 */
public record ApiCaller(String name, CallerRole role) {

    public ApiCaller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
