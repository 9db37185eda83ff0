package io.statusdashboard.web.platform.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks one of the dashboard's languages for a request: a supported {@code ?lang=} wins, then the
 * visitor's {@code Accept-Language} in its order of preference, then the default language.
 *
 * <p>Only the primary language subtag counts ({@code de-AT} is German), and the answer is always
 * one of the listed languages: whatever a client sends, a page exists in as many variants as there
 * are languages, which keeps the response cache's entries bounded.
 */
public final class LanguageChoice {

    /** The query parameter that overrides the browser's preference. */
    public static final String PARAMETER = "lang";

    /** Longer headers are not parsed: a browser sends a few dozen characters. */
    static final int MAX_HEADER_LENGTH = 512;

    private final List<Locale> languages;

    /**
     * @param fallback the language of a visitor who names none of the others (listed first)
     * @param others the other supported languages; only their language subtag is used
     */
    public LanguageChoice(Locale fallback, Collection<Locale> others) {
        List<Locale> all = new ArrayList<>();
        all.add(Locale.forLanguageTag(fallback.getLanguage()));
        for (Locale other : others) {
            Locale language = Locale.forLanguageTag(other.getLanguage());
            if (!all.contains(language)) {
                all.add(language);
            }
        }
        this.languages = List.copyOf(all);
    }

    /** The supported languages, the default first. */
    public List<Locale> languages() {
        return languages;
    }

    public Locale fallback() {
        return languages.get(0);
    }

    /**
     * The language to answer in.
     *
     * @param parameter the raw {@code lang} query parameter, may be null
     * @param acceptLanguage the raw {@code Accept-Language} header, may be null
     */
    public Locale resolve(String parameter, String acceptLanguage) {
        return supported(parameter).or(() -> preferred(acceptLanguage)).orElse(fallback());
    }

    /** The supported language a tag such as {@code de}, {@code DE} or {@code de-CH} names. */
    public Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return languages.stream().filter(known -> known.getLanguage().equals(language)).findFirst();
    }

    /** The first supported language of the header by its q-values; "*" accepts the default. */
    private Optional<Locale> preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER_LENGTH) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        // parse() orders by weight, keeping the header's order among equal weights.
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            if (range.getRange().equals("*")) {
                return Optional.of(fallback());
            }
            Optional<Locale> match = supported(range.getRange());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
