package io.statusdashboard.web.subscription.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs the dashboard will POST to. A webhook makes the server send requests where an
 * operator says, so by default it refuses every address inside the server's own networks
 * (loopback, private, link-local, shared and unique-local ranges): a registration must not turn
 * the dashboard into a probe of the machines behind it. Checked at registration and again before
 * each attempt, since a name may resolve elsewhere later.
 */
public final class WebhookTargets {

    static final int URL_MAX = 2000;
    public static final String MALFORMED = "url must be an absolute http or https URL without user information";
    public static final String TOO_LONG = "url is longer than " + URL_MAX + " characters";
    public static final String UNRESOLVABLE = "url's host cannot be resolved";
    public static final String PRIVATE = "url's host is on a loopback or private network";

    /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    public WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why the dashboard will not send to {@code url}, or empty when it will. */
    public Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(MALFORMED);
        }
        if (url.length() > URL_MAX) {
            return Optional.of(TOO_LONG);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(MALFORMED);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of(MALFORMED);
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of(UNRESOLVABLE);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of(PRIVATE);
            }
        }
        return Optional.empty();
    }

    /** Loopback, unspecified, private (RFC 1918), shared (RFC 6598), link-local, unique-local or multicast. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 ("this network"), 100.64.0.0/10 (carrier-grade NAT), 192.0.0.0/24 (protocol assignments).
            return first == 0 || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0);
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 (unique local); an IPv4 address embedded as ::ffff:a.b.c.d is judged as itself.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            if (isIpv4Mapped(bytes)) {
                try {
                    return isInternal(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }
}
