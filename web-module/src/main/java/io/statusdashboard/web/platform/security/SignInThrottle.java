package io.statusdashboard.web.platform.security;

import io.statusdashboard.web.DashboardSettings;
import io.statusdashboard.web.platform.cache.SharedCounters;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing on the local sign-in, per account and per client address. The first
 * {@link Policy#freeFailures()} failures cost nothing; from then on each failure makes the next
 * attempt wait, twice as long every time ({@link Policy#firstWait()}, doubled, up to
 * {@link Policy#longestWait()}). An attempt inside the wait is refused without the password being
 * checked. A success clears the account's and the address's counters; a counter nobody touched
 * for {@link Policy#forgetAfter()} starts again from zero.
 *
 * <p>An attempt counts as a failure from the moment it is admitted, before its password is
 * checked, so a burst of parallel requests cannot slip many guesses in before the first failure
 * is recorded. Counters are read and written with compare-and-set only, so the same rules hold
 * when several instances share the counters.
 *
 * <p>IPv6 clients are counted per /64 network: one host usually has a whole /64 to pick from.
 */
final class SignInThrottle {

    /** How many failures are free, and how the wait after them grows. */
    record Policy(int freeFailures, Duration firstWait, Duration longestWait, Duration forgetAfter) {

        /** The wait after {@code failures} failures: 0 while they are free. */
        Duration waitAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = failures - freeFailures;
            if (doublings >= 30) {
                return longestWait;
            }
            Duration wait = firstWait.multipliedBy(1L << doublings);
            return wait.compareTo(longestWait) > 0 ? longestWait : wait;
        }
    }

    /** Five failures free, then 2 s, 4 s, 8 s … up to a quarter of an hour; forgotten after an hour of quiet. */
    static final Policy DEFAULT_POLICY = withFirstWait(DashboardSettings.DEFAULT_SIGNIN_FIRST_WAIT);

    /** The default policy with another first wait, still doubling up to a quarter of an hour. */
    static Policy withFirstWait(Duration firstWait) {
        return new Policy(5, firstWait, Duration.ofMinutes(15), Duration.ofHours(1));
    }

    /** Longer names cannot be an account's; cutting them keeps every key small. */
    private static final int NAME_LENGTH = 64;

    private final SharedCounters counters;
    private final Policy policy;
    private final Clock clock;

    SignInThrottle(SharedCounters counters, Policy policy, Clock clock) {
        this.counters = counters;
        this.policy = policy;
        this.clock = clock;
    }

    Policy policy() {
        return policy;
    }

    /**
     * Before a password is checked: empty when the attempt may go ahead (it is counted as failed
     * until {@link #succeeded} says otherwise), or how long this client must wait.
     */
    Optional<Duration> admit(String userName, String address) {
        String addressKey = addressKey(address);
        Admission byAddress = count(addressKey);
        if (byAddress.refusedFor().isPresent()) {
            return byAddress.refusedFor();
        }
        // The address is checked first: a client that is waiting cannot raise an account's counter.
        Admission byAccount = count(accountKey(userName));
        if (byAccount.refusedFor().isPresent()) {
            takeBack(addressKey, byAddress);
        }
        return byAccount.refusedFor();
    }

    /** After a wrong password: the wait runs from the answer, not from when the attempt was admitted. */
    void failed(String userName, String address) {
        restamp(accountKey(userName));
        restamp(addressKey(address));
    }

    /** After a right password: this account and this client start again from zero. */
    void succeeded(String userName, String address) {
        counters.remove(accountKey(userName));
        counters.remove(addressKey(address));
    }

    static String accountKey(String userName) {
        String name = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
        return "account " + (name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name);
    }

    static String addressKey(String address) {
        String text = address == null ? "" : address.strip();
        if (text.indexOf(':') >= 0) {
            try {
                // A literal with a colon is parsed as IPv6, never looked up in DNS.
                byte[] bytes = InetAddress.getByName(text).getAddress();
                if (bytes.length == 16) {
                    return "address " + HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
                }
                return "address " + InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // counted as it was sent
            }
        }
        return "address " + (text.length() > NAME_LENGTH ? text.substring(0, NAME_LENGTH) : text);
    }

    /** The outcome of counting one attempt on one key, with what to restore if it is taken back. */
    private record Admission(Optional<Duration> refusedFor, String before, String after) {}

    private Admission count(String key) {
        while (true) {
            long now = clock.millis();
            String before = counters.get(key);
            Failures failures = Failures.parse(before, now, policy);
            long waitUntil = failures.lastMillis() + policy.waitAfter(failures.count()).toMillis();
            if (now < waitUntil) {
                return new Admission(Optional.of(Duration.ofMillis(waitUntil - now)), before, before);
            }
            String after = new Failures(failures.count() + 1, now).toString();
            boolean stored = before == null ? counters.putIfAbsent(key, after) : counters.replace(key, before, after);
            if (stored) {
                return new Admission(Optional.empty(), before, after);
            }
        }
    }

    private void takeBack(String key, Admission admission) {
        if (admission.before() == null) {
            counters.remove(key, admission.after());
        } else {
            counters.replace(key, admission.after(), admission.before());
        }
    }

    private void restamp(String key) {
        while (true) {
            String before = counters.get(key);
            if (before == null) {
                return;
            }
            long now = clock.millis();
            Failures failures = Failures.parse(before, now, policy);
            if (counters.replace(key, before, new Failures(Math.max(1, failures.count()), now).toString())) {
                return;
            }
        }
    }

    /** A counter's value: failures so far and when the last one happened. */
    private record Failures(int count, long lastMillis) {

        /** No value, an unreadable one or a forgotten one: no failures. */
        static Failures parse(String value, long now, Policy policy) {
            if (value != null) {
                int space = value.indexOf(' ');
                try {
                    Failures failures = new Failures(Integer.parseInt(value.substring(0, space)),
                            Long.parseLong(value.substring(space + 1)));
                    if (now - failures.lastMillis() < policy.forgetAfter().toMillis()) {
                        return failures;
                    }
                } catch (RuntimeException unreadable) {
                    // written by another version: start over
                }
            }
            return new Failures(0, 0);
        }

        @Override
        public String toString() {
            return count + " " + lastMillis;
        }
    }
}
