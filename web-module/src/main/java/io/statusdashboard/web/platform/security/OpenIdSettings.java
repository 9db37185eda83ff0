package io.statusdashboard.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The OpenID Connect provider, from {@code SDB_OPENID_*}, and the groups of its users that give roles. Named so that the attributes of
 * {@link OpenIdLogin}'s mechanism definition can read it through expressions.
 */
@Named("openIdSettings")
@ApplicationScoped
public class OpenIdSettings {

    static final String ISSUER = "SDB_OPENID_ISSUER_URL";
    static final String CLIENT_ID = "SDB_OPENID_CLIENT_ID";
    static final String CLIENT_SECRET = "SDB_OPENID_CLIENT_SECRET";
    static final String REQUIRED_GROUP = "SDB_OPENID_REQUIRED_GROUP";
    static final String CREATORS_GROUP = "SDB_CREATORS_GROUP";
    static final String OPERATORS_GROUP = "SDB_OPERATORS_GROUP";
    static final String ADMINS_GROUP = "SDB_ADMINS_GROUP";

    /** Whether operators sign in through a provider; read before CDI beans exist, by {@link SecurityModeExtension}. */
    static boolean isConfigured(Config config) {
        return value(config, ISSUER).isPresent();
    }

    public String getIssuer() {
        return value(config(), ISSUER).map(issuer -> issuer.replaceFirst("/+$", "")).orElse("");
    }

    public String getClientId() {
        return value(config(), CLIENT_ID).orElse("");
    }

    public String getClientSecret() {
        return value(config(), CLIENT_SECRET).orElse("");
    }

    /** The provider groups that make creators, operators and admins, for sign-ins and API tokens. */
    public RoleMapping roleMapping() {
        Config config = config();
        return new RoleMapping(value(config, CREATORS_GROUP),
                value(config, OPERATORS_GROUP).or(() -> value(config, REQUIRED_GROUP)),
                value(config, ADMINS_GROUP));
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).map(String::strip).filter(value -> !value.isEmpty());
    }
}
