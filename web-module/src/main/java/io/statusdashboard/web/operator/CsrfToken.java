package io.statusdashboard.web.operator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session token of the event forms, which are plain HTML forms on a stateless page: a
 * POST without the operator's token (another site's form) is refused.
 */
public final class CsrfToken {

    static final String PARAMETER = "csrf";
    private static final String ATTRIBUTE = "io.statusdashboard.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {}

    /** The session's token, made on first use; sessions exist only for operators. */
    public static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            session.setAttribute(ATTRIBUTE, token);
        }
        return token.toString();
    }

    static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(PARAMETER);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return sent != null && expected != null && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.toString().getBytes(StandardCharsets.UTF_8));
    }
}
