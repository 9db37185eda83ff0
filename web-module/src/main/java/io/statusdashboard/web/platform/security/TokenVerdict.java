package io.statusdashboard.web.platform.security;

import java.util.Objects;
import java.util.Optional;

/**
 * What the check of an API token decided: the caller it names, or why it was refused. The reason
 * is for the log; it never quotes the token.
 */
public record TokenVerdict(Optional<ApiCaller> caller, String refusal) {

    public TokenVerdict {
        Objects.requireNonNull(caller, "caller");
    }

    public static TokenVerdict accepted(ApiCaller caller) {
        return new TokenVerdict(Optional.of(caller), null);
    }

    public static TokenVerdict refused(String reason) {
        return new TokenVerdict(Optional.empty(), reason);
    }
}
