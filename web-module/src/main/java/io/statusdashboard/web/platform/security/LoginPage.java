package io.statusdashboard.web.platform.security;

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
import java.time.Duration;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code /login}. With an OpenID Connect provider it starts the provider's sign-in and,
 * back from it, returns the operator to {@code returnTo}; with the local account it shows the form.
 */
@Named
@RequestScoped
public class LoginPage {

    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private OpenIdSettings openIdSettings;

    @Inject
    private CurrentOperator currentOperator;

    @Inject
    private SignInAttempts signInAttempts;

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

    /**
     * The local account's form. Throttled per account and per client ({@link SignInAttempts}): while
     * a client must wait, the password is not even checked and the page answers 429 with
     * {@code Retry-After}.
     */
    public void login() throws IOException {
        // The connection's address, not Faces.getRemoteAddr(): that believes the Forwarded and
        // X-Forwarded-For headers, which any client can send.
        String address = request().getRemoteAddr();
        Optional<Duration> wait = signInAttempts.admit(userName, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response().setStatus(TOO_MANY_REQUESTS);
            response().setHeader("Retry-After", String.valueOf(seconds));
            Messages.addError("login:password", "Too many failed sign-ins. Try again in {0} seconds.", seconds);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request(), response(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(userName, new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                signInAttempts.succeeded(userName, address);
                // A new session id once signed in: one planted before the sign-in is worthless.
                request().changeSessionId();
                Faces.redirect(ReturnTarget.safe(returnTo));
            }
            case SEND_CONTINUE -> Faces.responseComplete();
            default -> {
                signInAttempts.failed(userName, address);
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
