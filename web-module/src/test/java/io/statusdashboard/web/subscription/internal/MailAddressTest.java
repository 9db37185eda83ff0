package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MailAddressTest {

    @Test
    void aPlainAddressIsStoredWithItsDomainLowerCasedAndItsLocalPartAsWritten() {
        assertEquals(Optional.of("Jane.Doe+status@example.com"), MailAddress.normalised("  Jane.Doe+status@Example.COM "));
        assertEquals(Optional.of("ops@mail.example.co.uk"), MailAddress.normalised("ops@mail.example.co.uk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "jane", "jane@", "@example.com", "jane@example", "jane@@example.com",
        "jane@a@example.com", "Jane <jane@example.com>", "jane@example.com, bob@example.com", "jane@[127.0.0.1]",
        "jane@example..com", "jane@.example.com", "jane@example.com.", "jane doe@example.com",
        "jane@example.com\r\nBcc: all@example.com", "jane@exämple.com", "jäne@example.com", "(c)jane@example.com",
        "group: jane@example.com;"})
    void anythingElseIsRefused(String input) {
        assertEquals(Optional.empty(), MailAddress.normalised(input));
    }

    @Test
    void atMost254Characters() {
        String domain = "@example.com";
        assertEquals(254, ("a".repeat(242) + domain).length());
        assertEquals(Optional.empty(), MailAddress.normalised("a".repeat(243) + domain));
        assertEquals(Optional.empty(), MailAddress.normalised(null));
    }
}
