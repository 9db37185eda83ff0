package io.statusdashboard.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboard's external address, {@code SDB_PUBLIC_URL} (e.g. {@code https://status.example.com}):
 * the one source of absolute links that others may be served (feeds, the OpenAPI document, later
 * e-mails). A request's {@code Host} and {@code X-Forwarded-*} headers are whatever the client
 * sent, so a response built from them must never be shared; one built from this setting can be.
 *
 * <p>Checked at start: an absolute http(s) URL without credentials, query or fragment; trailing
 * slashes are dropped. A value that fails is reported in the log and treated as unset, which is
 * safe: absolute links are then derived per request and kept out of every shared cache.
 */
@ApplicationScoped
public class PublicUrl {

    public static final String SETTING = "SDB_PUBLIC_URL";

    private static final Logger LOG = Logger.getLogger(PublicUrl.class.getName());
    private static final String WITHOUT_IT = "feeds link to the address each request names and are not cached."
            + " Set it to the dashboard's external address, e.g. https://status.example.com";

    @Inject
    @ConfigProperty(name = SETTING)
    private Optional<String> configured;

    private Optional<String> base;

    @PostConstruct
    void resolve() {
        base = resolve(configured, true);
        if (base.isPresent()) {
            LOG.info(() -> "Public URL: " + base.get() + " (feeds and the OpenAPI document link there)");
        } else if (configured.filter(value -> !value.isBlank()).isEmpty()) {
            LOG.info(SETTING + " is not set: " + WITHOUT_IT);
        }
    }

    /** Creates the bean at start, so the log names a wrong value before the first request. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
        // nothing else to do: @PostConstruct has checked and reported the setting
    }

    /**
     * The address without a trailing slash ({@code https://status.example.com},
     * {@code https://example.com/status}), or empty when {@code SDB_PUBLIC_URL} is unset or unusable.
     */
    public Optional<String> base() {
        return base;
    }

    /**
     * The same address for code the container creates without CDI (an OpenAPI filter): read from
     * {@code config}, failures not logged again.
     */
    public static Optional<String> from(Config config) {
        return resolve(config.getOptionalValue(SETTING, String.class), false);
    }

    private static Optional<String> resolve(Optional<String> value, boolean log) {
        Optional<String> present = value.map(String::strip).filter(text -> !text.isEmpty());
        if (present.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(normalise(present.get()));
        } catch (IllegalArgumentException e) {
            if (log) {
                LOG.severe(() -> SETTING + " is ignored, " + e.getMessage() + ": " + WITHOUT_IT);
            }
            return Optional.empty();
        }
    }

    /**
     * The checked form of {@code value}: scheme and host in lower case, no trailing slash.
     *
     * @throws IllegalArgumentException saying what is wrong; it never repeats credentials
     */
    public static String normalise(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + withoutCredentials(value) + "' is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'" + withoutCredentials(value) + "' is not an absolute http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the URL carries a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("'" + value + "' names no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + value + "' has a query or fragment; give the address only");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path;
    }

    private static String withoutCredentials(String value) {
        return value.replaceFirst("(?<=//)[^/@]*@", "…@");
    }
}
