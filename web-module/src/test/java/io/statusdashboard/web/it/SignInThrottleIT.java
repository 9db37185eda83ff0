package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.platform.security.LegacyHashes;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The local sign-in against password guessing: repeated failures make the account, and a client
 * trying many names, wait (429 with {@code Retry-After}), the right password included; a success
 * starts the account afresh. The client is the connection's address: forwarding headers a client
 * writes itself change nothing. Also the password hash an earlier version kept, which the first
 * successful sign-in replaces with a current one.
 *
 * <p>The server runs in this JVM's working directory, so its {@code data/admin-password.hash} is
 * the one planted here before the deployment, on an empty database: the dashboard brings it into
 * the database, where the upgrade is then written.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "kept-by-an-earlier-version";
    private static final Path HASH_FILE = Path.of("data/admin-password.hash").toAbsolutePath();
    private static final TestDatabase DATABASE = new TestDatabase();
    private static final int FIRST_WAIT = 10;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        DATABASE.reset();
        Files.createDirectories(HASH_FILE.getParent());
        Files.writeString(HASH_FILE, LegacyHashes.jakartaPbkdf2(PASSWORD));
        // A first wait long enough that the two attempts the tests make inside it fit on a loaded machine.
        return Deployments.dashboard(Map.of("SDB_SIGNIN_FIRST_WAIT_S", String.valueOf(FIRST_WAIT)));
    }

    @Test
    void aHashKeptByAnEarlierVersionIsReplacedByACurrentOneAtTheFirstSignIn() throws Exception {
        try (Browser browser = new Browser()) {
            HtmlPage operator = attempt(browser, base, ADMIN, PASSWORD);
            assertEquals("/operator", operator.getUrl().getPath(), operator.asNormalizedText());
        }
        String kept = (String) DATABASE.value("SELECT value FROM sdb_shared_secret WHERE name = ?",
                "local-operator-password-hash");
        assertTrue(kept.startsWith("$pbkdf2-sha256$i=600000$"), "upgraded where every instance reads it: " + kept);
        try (Browser browser = new Browser()) {
            HtmlPage again = attempt(browser, base, ADMIN, PASSWORD);
            assertEquals("/operator", again.getUrl().getPath(), "the new hash holds the same password");
        }
    }

    @Test
    void repeatedWrongPasswordsMakeTheAccountWaitEvenForTheRightOne() throws Exception {
        try (Browser browser = new Browser()) {
            for (int i = 1; i <= 5; i++) {
                HtmlPage wrong = attempt(browser, base, ADMIN, "wrong-" + i);
                assertNotEquals(429, wrong.getWebResponse().getStatusCode(), "failure " + i + " is free");
                assertTrue(wrong.asNormalizedText().contains("Wrong user name or password"), wrong.asNormalizedText());
            }
            HtmlPage refused = attempt(browser, base, ADMIN, "wrong-6");
            long firstWait = assertWaiting(refused, 1, FIRST_WAIT);
            HtmlPage rightButRefused = attempt(browser, base, ADMIN, PASSWORD);
            assertWaiting(rightButRefused, 1, FIRST_WAIT);
            assertEquals("/login", browser.open(base, "/operator").getUrl().getPath(), "not signed in");

            Thread.sleep(firstWait * 1000 + 300);
            HtmlPage sixth = attempt(browser, base, ADMIN, "wrong-6");
            assertTrue(sixth.asNormalizedText().contains("Wrong user name or password"), "checked after the wait");
            long secondWait = assertWaiting(attempt(browser, base, ADMIN, PASSWORD), FIRST_WAIT + 1, 2 * FIRST_WAIT);

            Thread.sleep(secondWait * 1000 + 300);
            HtmlPage operator = attempt(browser, base, ADMIN, PASSWORD);
            assertEquals("/operator", operator.getUrl().getPath(), operator.asNormalizedText());
        }
        try (Browser browser = new Browser()) {
            HtmlPage wrong = attempt(browser, base, ADMIN, "wrong-again");
            assertNotEquals(429, wrong.getWebResponse().getStatusCode(), "the success started the account afresh");
            assertTrue(wrong.asNormalizedText().contains("Wrong user name or password"));
        }
    }

    @Test
    void aClientTryingManyNamesWaitsTooWhateverAddressItClaimsToForwardFor() throws Exception {
        // From another address than the other tests, so that only this test's failures count.
        URL elsewhere = new URL(base.getProtocol(), otherAddressOfThisHost(), base.getPort(), "/");
        try (Browser browser = new Browser()) {
            for (int i = 1; i <= 5; i++) {
                browser.client().addRequestHeader("X-Forwarded-For", "203.0.113." + i);
                browser.client().addRequestHeader("Forwarded", "for=203.0.113." + i);
                HtmlPage wrong = attempt(browser, elsewhere, "guess-" + i, "wrong");
                assertTrue(wrong.asNormalizedText().contains("Wrong user name or password"), wrong.asNormalizedText());
            }
            browser.client().addRequestHeader("X-Forwarded-For", "203.0.113.6");
            browser.client().addRequestHeader("Forwarded", "for=203.0.113.6");
            assertWaiting(attempt(browser, elsewhere, "guess-6", "wrong"), 1, FIRST_WAIT);
            assertWaiting(attempt(browser, elsewhere, ADMIN, PASSWORD), 1, FIRST_WAIT);
        }
    }

    /** A sign-in through the form, as a browser without JavaScript does it. */
    private static HtmlPage attempt(Browser browser, URL site, String user, String password) throws Exception {
        return LocalLogin.submit(browser.open(site, "/login?returnTo=/operator"), user, password);
    }

    /** Asserts the 429 page and returns its Retry-After in seconds. */
    private static long assertWaiting(HtmlPage page, long atLeast, long atMost) {
        assertEquals(429, page.getWebResponse().getStatusCode(), page.asNormalizedText());
        long seconds = Long.parseLong(page.getWebResponse().getResponseHeaderValue("Retry-After"));
        assertTrue(seconds >= atLeast && seconds <= atMost, "Retry-After " + seconds);
        assertTrue(page.asNormalizedText().contains("Too many failed sign-ins. Try again in " + seconds + " seconds."),
                page.asNormalizedText());
        assertEquals("/login", page.getUrl().getPath());
        return seconds;
    }

    /** An address of this host through which the server sees another client address than through {@link #base}. */
    private String otherAddressOfThisHost() throws Exception {
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            return "127.0.0.1";
        }
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && network.isUp()) {
                    return address.getHostAddress();
                }
            }
        }
        throw new IllegalStateException("this host has no address besides the loopback");
    }
}
