package io.statusdashboard.web.api.v2;

import io.statusdashboard.web.platform.security.ApiCaller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The caller of the current API v2 request, once its token was accepted; empty for anonymous reads. */
@RequestScoped
public class CurrentApiCaller {

    private ApiCaller caller;

    public Optional<ApiCaller> get() {
        return Optional.ofNullable(caller);
    }

    /** Set once by the token check that runs before a {@link TokenRequired} method. */
    public void set(ApiCaller accepted) {
        this.caller = accepted;
    }
}
