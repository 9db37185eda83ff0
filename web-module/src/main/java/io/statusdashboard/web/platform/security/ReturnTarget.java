package io.statusdashboard.web.platform.security;

/**
 * Where to send an operator after signing in: a path of this dashboard only, so a crafted
 * {@code returnTo} cannot bounce the operator to another site, and never back to the sign-in, the
 * sign-out or the provider's callback.
 */
final class ReturnTarget {

    private ReturnTarget() {}

    static String safe(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//")
                || returnTo.contains("\\") || returnTo.chars().anyMatch(Character::isISOControl)
                || returnTo.startsWith("/login") || returnTo.startsWith("/logout")
                || returnTo.startsWith("/Callback")) {
            return "/";
        }
        return returnTo;
    }
}
