package io.statusdashboard.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /login}. With an OpenID Connect provider it starts the provider's sign-in and,
 * back from it, returns the operator to {@code returnTo}; with the local account it shows the form.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private OpenIdSettings openIdSettings;

    @Inject
    private CurrentOperator currentOperator;

    private String returnTo;

    private String userName;

    private String password;

    /** View action on GET. */
    public void start() throws IOException {
        if (currentOperator.isSignedIn()) {
            Faces.redirect(ReturnTarget.safe(returnTo));
            return;
        }
        if (!openIdSettings.getIssuer().isEmpty()) {
            // The mechanism redirects to the provider; the callback then sends the operator on.
            CallbackServlet.rememberReturnTarget(request(), ReturnTarget.safe(returnTo));
            AuthenticationStatus status = securityContext.authenticate(request(), response(),
                    AuthenticationParameters.withParams());
            if (status != AuthenticationStatus.SUCCESS) {
                Faces.responseComplete();
            }
        }
    }

    /** The local account's form. */
    public void login() throws IOException {
        AuthenticationStatus status = securityContext.authenticate(request(), response(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(userName, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                // A new session id once signed in: one planted before the sign-in is worthless.
                request().changeSessionId();
                Faces.redirect(ReturnTarget.safe(returnTo));
            }
            case SEND_CONTINUE -> Faces.responseComplete();
            default -> {
                // Soteria keeps the failed attempt in the session and would answer the next
                // request with an empty page: start over with a clean session.
                Faces.invalidateSession();
                Messages.addError("login:password", "Wrong user name or password");
            }
        }
    }

    private static HttpServletRequest request() {
        return Faces.getRequest();
    }

    private static HttpServletResponse response() {
        return Faces.getResponse();
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
