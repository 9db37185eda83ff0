package io.statusdashboard.web.subscription.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a visitor may subscribe: a bare {@code local@domain} (no display name, no
 * comments, no group, no line breaks that could add mail headers), at most 254 characters, with a
 * domain that has a dot and no square brackets (no address literals). The domain is lower-cased, so
 * {@code A@Example.COM} and {@code A@example.com} are one subscriber; the local part is kept as
 * written, as mail servers may tell case apart there.
 */
public final class MailAddress {

    static final int MAX_LENGTH = 254;

    private MailAddress() {}

    /** The address in its stored form, or empty when it is not one that may subscribe. */
    public static Optional<String> normalised(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String address = input.strip();
        if (address.isEmpty() || address.length() > MAX_LENGTH || !address.chars().allMatch(c -> c > 32 && c < 127)) {
            return Optional.empty();
        }
        int at = address.lastIndexOf('@');
        if (at < 1 || at != address.indexOf('@') || at == address.length() - 1) {
            return Optional.empty();
        }
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")
                || domain.contains("[") || !domain.matches("[a-z0-9.-]+")) {
            return Optional.empty();
        }
        String stored = address.substring(0, at) + "@" + domain;
        try {
            InternetAddress parsed = new InternetAddress(stored, true);
            parsed.validate();
            if (parsed.getPersonal() != null || parsed.isGroup() || !stored.equals(parsed.getAddress())) {
                return Optional.empty();
            }
        } catch (AddressException e) {
            return Optional.empty();
        }
        return Optional.of(stored);
    }
}
