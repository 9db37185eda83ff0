package io.statusdashboard.web.subscription.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    /** Names resolve as this table says, so no test depends on the machine's DNS. */
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.215.14",
            "intranet.example.com", "10.1.2.3",
            "sneaky.example.com", "127.0.0.2",
            "localhost", "127.0.0.1");

    private final WebhookTargets refusing = new WebhookTargets(false, WebhookTargetsTest::resolve);
    private final WebhookTargets allowing = new WebhookTargets(true, WebhookTargetsTest::resolve);

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.getOrDefault(host, host);
        if (!Character.isDigit(address.charAt(0)) && !address.contains(":")) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    @Test
    void publicHttpAndHttpsAddressesAreAccepted() {
        assertEquals(Optional.empty(), refusing.refusal("https://hooks.example.com/status?token=abc"));
        assertEquals(Optional.empty(), refusing.refusal("http://93.184.215.14:8080/hook"));
        assertEquals(Optional.empty(), refusing.refusal("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook"));
    }

    @Test
    void malformedUrlsAreRefused() {
        for (String url : List.of("", "hooks.example.com/status", "ftp://hooks.example.com/", "https:///path",
                "https://user:pw@hooks.example.com/", "https://hooks.example.com/#part", "not a url at all",
                "javascript:alert(1)")) {
            assertEquals(Optional.of(WebhookTargets.MALFORMED), refusing.refusal(url), url);
        }
        assertEquals(Optional.of(WebhookTargets.MALFORMED), refusing.refusal(null));
        assertEquals(Optional.of(WebhookTargets.TOO_LONG), refusing.refusal("https://hooks.example.com/" + "a".repeat(2000)));
    }

    @Test
    void loopbackPrivateAndLinkLocalTargetsAreRefused() {
        for (String url : List.of("http://127.0.0.1:8080/", "http://localhost/", "http://[::1]/", "http://0.0.0.0/",
                "http://10.0.0.5/", "http://172.16.3.4/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data",
                "http://100.64.0.1/", "http://[fd00::1]/", "http://[fe80::1]/", "http://[::ffff:10.0.0.1]/",
                "https://intranet.example.com/hook", "https://sneaky.example.com/hook")) {
            assertEquals(Optional.of(WebhookTargets.PRIVATE), refusing.refusal(url), url);
        }
    }

    @Test
    void anUnresolvableHostIsRefused() {
        assertEquals(Optional.of(WebhookTargets.UNRESOLVABLE), refusing.refusal("https://nowhere.invalid/hook"));
    }

    @Test
    void privateTargetsAreAcceptedWhenAllowedButMalformedOnesStillAreNot() {
        assertEquals(Optional.empty(), allowing.refusal("http://127.0.0.1:8080/hook"));
        assertEquals(Optional.empty(), allowing.refusal("http://intranet.example.com/hook"));
        assertEquals(Optional.of(WebhookTargets.MALFORMED), allowing.refusal("file:///etc/passwd"));
    }
}
