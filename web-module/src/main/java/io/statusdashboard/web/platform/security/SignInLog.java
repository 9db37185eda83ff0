package io.statusdashboard.web.platform.security;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the log says about local sign-ins: every failure, with the name that was tried and the
 * client address, for whoever watches for password guessing. Never the password. The name is the
 * client's text: it is quoted, cut short and has its control characters escaped, so it can neither
 * forge a log line of its own nor hide the rest of this one.
 */
final class SignInLog {

    private static final Logger LOG = Logger.getLogger(SignInLog.class.getName());
    private static final int LONGEST_NAME = 64;

    private SignInLog() {}

    static void failed(String userName, String address) {
        LOG.warning(() -> "Failed sign-in as " + quoted(userName) + " from " + quoted(address));
    }

    static void refused(String userName, String address, Duration wait) {
        // One line per refused request would let a guesser fill the log: only on request.
        LOG.log(Level.FINE, () -> "Sign-in as " + quoted(userName) + " from " + quoted(address)
                + " refused without checking the password: too many failures, " + wait.toSeconds() + " s to wait");
    }

    static void succeeded(String userName, String address) {
        LOG.info(() -> "Signed in as " + quoted(userName) + " from " + quoted(address));
    }

    /** The text in double quotes, control and line-breaking characters escaped, at most {@value #LONGEST_NAME} characters. */
    static String quoted(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < Math.min(text.length(), LONGEST_NAME); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        quoted.append('"');
        if (text.length() > LONGEST_NAME) {
            quoted.append("… (").append(text.length()).append(" characters)");
        }
        return quoted.toString();
    }
}
