package io.statusdashboard.web.platform.security;

import io.statusdashboard.incident.api.Operator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.omnifaces.util.Faces;

/**
 * Who is signed in on this request, as the {@link Operator} the modules understand: name and
 * e-mail from the ID token (or the local account), groups from the {@code groups} claim.
 */
@Named
@RequestScoped
public class CurrentOperator {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Instance<OpenIdContext> openIdContext;

    private Optional<Operator> operator;

    public Optional<Operator> get() {
        if (operator == null) {
            operator = Optional.ofNullable(securityContext.getCallerPrincipal())
                    .filter(principal -> securityContext.isCallerInRole(Roles.OPERATOR))
                    .map(this::describe);
        }
        return operator;
    }

    public boolean isSignedIn() {
        return get().isPresent();
    }

    public String getName() {
        return get().map(Operator::name).orElse("");
    }

    /** The {@link CsrfToken} the sign-out form carries. */
    public String getFormToken() {
        return isSignedIn() ? CsrfToken.of(Faces.getSession(true)) : "";
    }

    private Operator describe(Principal principal) {
        String name = principal.getName();
        String email = null;
        Set<String> groups = new HashSet<>();
        // Signed in locally there is no ID token to read: the account's name is all there is.
        if (OpenIdSettings.isConfigured(ConfigProvider.getConfig()) && openIdContext.isResolvable()) {
            var claims = openIdContext.get().getClaimsJson();
            name = firstNonBlank(claims.getString("name", null), claims.getString("preferred_username", null), name);
            email = claims.getString("email", null);
            if (claims.containsKey("groups") && claims.get("groups").getValueType() == JsonValue.ValueType.ARRAY) {
                claims.getJsonArray("groups").getValuesAs(JsonString.class)
                        .forEach(group -> groups.add(group.getString()));
            }
        }
        return new Operator(name, email, groups);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
