package io.statusdashboard.web.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The per-session token of the sign-out form, a plain HTML form on every page, stateless ones
 * included: a POST without the operator's token (another site's form) is refused. The operators'
 * other forms are Faces forms, protected by their view state.
 */
public final class CsrfToken {

    /** The name of the form field that carries the token. */
    public static final String PARAMETER = "csrf";
    private static final String ATTRIBUTE = "io.statusdashboard.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** {@code Sec-Fetch-Site} values of a request this dashboard's own pages sent, or the user typed. */
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

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

    public static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(PARAMETER);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return sent != null && expected != null && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether the browser says another site sent this request ({@code Sec-Fetch-Site}, which pages
     * cannot forge). Such a request's form values are never shown back to the operator as theirs.
     * Browsers without the header are trusted: their session cookie is SameSite=Lax anyway.
     */
    public static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && !OWN_SITE.contains(site.strip().toLowerCase(Locale.ROOT));
    }
}
