package io.statusdashboard.web.platform.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Chooses the sign-in mechanism when the application starts. Jakarta Security 3 allows one
 * mechanism per application, and a mechanism definition is active when the class carrying it is a
 * bean: so the class of the mechanism that is not wanted is vetoed before it becomes one.
 */
public class SecurityModeExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(SecurityModeExtension.class.getName());

    private Boolean openId;

    void chooseMechanism(@Observes @WithAnnotations(SignInMode.class) ProcessAnnotatedType<?> type) {
        SignInMode mode = type.getAnnotatedType().getAnnotation(SignInMode.class);
        if (mode.openId() != openIdConfigured()) {
            type.veto();
        }
    }

    private boolean openIdConfigured() {
        if (openId == null) {
            openId = OpenIdSettings.isConfigured(ConfigProvider.getConfig(SecurityModeExtension.class.getClassLoader()));
            LOG.info(openId ? "Operators sign in with OpenID Connect (SDB_OPENID_ISSUER_URL)"
                    : "No SDB_OPENID_ISSUER_URL: operators sign in with the local account");
        }
        return openId;
    }
}
