package io.statusdashboard.web.platform.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    private final LanguageChoice choice = new LanguageChoice(Locale.ENGLISH, List.of(Locale.GERMAN));

    @Test
    void theBrowsersPreferenceDecidesByItsPrimaryLanguage() {
        assertEquals(Locale.GERMAN, choice.resolve(null, "de-DE"));
        assertEquals(Locale.GERMAN, choice.resolve(null, "de-AT,de;q=0.9,en;q=0.8"));
        assertEquals(Locale.ENGLISH, choice.resolve(null, "en-GB,de;q=0.5"));
    }

    @Test
    void qualityValuesOrderTheLanguagesAndZeroRefusesOne() {
        assertEquals(Locale.GERMAN, choice.resolve(null, "en;q=0.3, de;q=0.7"));
        assertEquals(Locale.GERMAN, choice.resolve(null, "fr-FR, en;q=0, de;q=0.1"));
        assertEquals(Locale.ENGLISH, choice.resolve(null, "fr, *;q=0.5, de;q=0.2"));
    }

    @Test
    void anUnknownMalformedOrMissingPreferenceGetsTheDefault() {
        assertEquals(Locale.ENGLISH, choice.resolve(null, null));
        assertEquals(Locale.ENGLISH, choice.resolve(null, ""));
        assertEquals(Locale.ENGLISH, choice.resolve(null, "fr-FR,ja;q=0.8"));
        assertEquals(Locale.ENGLISH, choice.resolve(null, "de;q=abc,,;;"));
        assertEquals(Locale.ENGLISH, choice.resolve(null, "de," + "x".repeat(LanguageChoice.MAX_HEADER_LENGTH)));
    }

    @Test
    void aSupportedLangParameterWinsOverTheHeaderAnUnknownOneDoesNot() {
        assertEquals(Locale.ENGLISH, choice.resolve("en", "de-DE"));
        assertEquals(Locale.GERMAN, choice.resolve("de", "en-US"));
        assertEquals(Locale.GERMAN, choice.resolve("DE", null));
        assertEquals(Locale.GERMAN, choice.resolve("xx", "de-DE"));
        assertEquals(Locale.ENGLISH, choice.resolve("", null));
        assertEquals(Locale.ENGLISH, choice.resolve("<script>", null));
    }

    @Test
    void everyAnswerIsOneOfTheListedLanguagesWhateverTheVariant() {
        for (String header : List.of("de-DE", "de-CH", "de-de", "DE-DE;q=1", "de-Latn-DE", "en-US", "en-IN", "pt-BR")) {
            Locale resolved = choice.resolve(null, header);
            assertEquals(true, choice.languages().contains(resolved), header + " -> " + resolved);
        }
        assertEquals(List.of(Locale.ENGLISH, Locale.GERMAN), choice.languages());
    }

    @Test
    void theSwitchReplacesLangAndKeepsTheRestOfTheQuery() {
        assertEquals("lang=de", LanguageLinks.withLanguage(null, "de"));
        assertEquals("region=EU-DE&lang=de", LanguageLinks.withLanguage("region=EU-DE", "de"));
        assertEquals("region=EU-DE&lang=en", LanguageLinks.withLanguage("lang=de&region=EU-DE", "en"));
        assertEquals("year=2026&lang=en", LanguageLinks.withLanguage("year=2026&lang&lang=xx", "en"));
    }
}
