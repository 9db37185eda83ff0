package io.statusdashboard.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How an installation names itself, read from configuration: every setting is optional, and a
 * value that fails its check is reported through {@code warn} and left out, as if unset. The
 * dashboard then starts with its own name and look rather than not at all: a status page that
 * refuses to start over a colour helps nobody.
 *
 * <p>Each value ends up in every visitor's page and in the shared cache, so only what is checked
 * here is used: an accent that is a hexadecimal colour (it is written into a stylesheet), links
 * that are http(s), images that are http(s) or a path on this site.
 */
public record BrandingSettings(String title, Optional<String> logoUrl, Optional<String> faviconUrl,
        Optional<String> accentColor, List<FooterLink> footerLinks) {

    public static final String TITLE = "SDB_TITLE";
    public static final String LOGO_URL = "SDB_LOGO_URL";
    public static final String FAVICON_URL = "SDB_FAVICON_URL";
    public static final String ACCENT_COLOR = "SDB_ACCENT_COLOR";
    public static final String IMPRINT_URL = "SDB_IMPRINT_URL";
    public static final String PRIVACY_URL = "SDB_PRIVACY_URL";
    public static final String SUPPORT_URL = "SDB_SUPPORT_URL";

    public static final String DEFAULT_TITLE = "Status Dashboard";
    private static final int MAX_TITLE_LENGTH = 80;
    private static final Pattern HEX_COLOR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    /** A link in the footer, in the order imprint, privacy, support. */
    public record FooterLink(String label, String url) {}

    /**
     * The settings {@code setting} answers, each checked; {@code warn} gets the name of every
     * ignored setting and the reason.
     */
    public static BrandingSettings read(Function<String, Optional<String>> setting, BiConsumer<String, String> warn) {
        String title = checked(setting, TITLE, BrandingSettings::title, warn).orElse(DEFAULT_TITLE);
        Optional<String> logo = checked(setting, LOGO_URL, BrandingSettings::imageUrl, warn);
        Optional<String> favicon = checked(setting, FAVICON_URL, BrandingSettings::imageUrl, warn);
        Optional<String> accent = checked(setting, ACCENT_COLOR, BrandingSettings::accentColor, warn);
        List<FooterLink> links = new ArrayList<>();
        checked(setting, IMPRINT_URL, BrandingSettings::linkUrl, warn).ifPresent(url -> links.add(new FooterLink("Imprint", url)));
        checked(setting, PRIVACY_URL, BrandingSettings::linkUrl, warn).ifPresent(url -> links.add(new FooterLink("Privacy", url)));
        checked(setting, SUPPORT_URL, BrandingSettings::linkUrl, warn).ifPresent(url -> links.add(new FooterLink("Support", url)));
        return new BrandingSettings(title, logo, favicon, accent, List.copyOf(links));
    }

    private static Optional<String> checked(Function<String, Optional<String>> setting, String name,
            Function<String, String> check, BiConsumer<String, String> warn) {
        Optional<String> value = setting.apply(name).map(String::strip).filter(text -> !text.isEmpty());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(check.apply(value.get()));
        } catch (IllegalArgumentException e) {
            warn.accept(name, e.getMessage());
            return Optional.empty();
        }
    }

    /** The origins (scheme, host, port) of the images on other sites, which the pages must be allowed to load. */
    public Set<String> imageOrigins() {
        Set<String> origins = new LinkedHashSet<>();
        for (Optional<String> image : List.of(logoUrl, faviconUrl)) {
            image.filter(url -> !url.startsWith("/")).map(url -> {
                URI uri = URI.create(url);
                return uri.getScheme() + "://" + uri.getRawAuthority();
            }).ifPresent(origins::add);
        }
        return origins;
    }

    static String title(String value) {
        if (value.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("is longer than " + MAX_TITLE_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("contains a control character");
        }
        return value;
    }

    /** {@code #rgb} or {@code #rrggbb}, in lower case. */
    static String accentColor(String value) {
        if (!HEX_COLOR.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a colour like #0a5fb4 or #06c");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** An absolute http(s) URL without credentials. */
    static String linkUrl(String value) {
        URI uri = parse(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("'" + value + "' is not an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("'" + value + "' names no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the URL carries a user name or password");
        }
        return uri.toString();
    }

    /** An absolute http(s) URL, or a path on this site ({@code /brand/logo.svg}). */
    static String imageUrl(String value) {
        if (value.startsWith("/") && !value.startsWith("//")) {
            return parse(value).toString();
        }
        try {
            return linkUrl(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is neither an http or https URL nor a path starting with /");
        }
    }

    private static URI parse(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + value + "' is not a URL (" + e.getReason() + ")");
        }
    }
}
