package io.statusdashboard.web.platform.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.DayStatus;
import io.statusdashboard.incident.api.EventStatus;
import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.TimelineText;
import io.statusdashboard.incident.api.UpdateView;
import io.statusdashboard.web.StatusIcon;
import io.statusdashboard.web.page.visitor.EventBadge;
import io.statusdashboard.web.page.visitor.Verdict;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every language has every text: a key missing from a bundle would show a page "???key???" in
 * that language, and a key a page asks for that no bundle has, in all of them.
 */
class PageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/io/statusdashboard/web");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    /** A key the Java side names, in a string literal: the prefixes of the keys it words pages with. */
    private static final Pattern JAVA_KEY =
            Pattern.compile("\"((?:detail|problem|picker|access|maintenance|review|activity|webhooks|subscribe|note|sentence)\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    private static Properties load(String name) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    @Test
    void germanHasExactlyTheKeysOfEnglish() throws IOException {
        assertEquals(new TreeSet<>(load("Texts.properties").stringPropertyNames()),
                new TreeSet<>(load("Texts_de.properties").stringPropertyNames()));
    }

    @Test
    void germanHasEveryOneOfFacesOwnMessagesThatEnglishRewords() throws IOException {
        assertEquals(new TreeSet<>(load("FacesMessages.properties").stringPropertyNames()),
                new TreeSet<>(load("FacesMessages_de.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Set<String> keys = load("Texts.properties").stringPropertyNames();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(file -> file.toString().endsWith(".xhtml")).toList();
        }
        Set<String> missing = new TreeSet<>();
        for (Path page : pages) {
            Matcher key = LITERAL_KEY.matcher(Files.readString(page));
            while (key.find()) {
                if (!keys.contains(key.group(1))) {
                    missing.add(page + ": " + key.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyStateThePagesNameHasItsWords() throws IOException {
        Set<String> keys = load("Texts.properties").stringPropertyNames();
        Stream.of(Verdict.values()).forEach(verdict -> assertTrue(keys.contains(verdict.getKey()), verdict.getKey()));
        Stream.of(StatusIcon.values()).forEach(icon -> assertTrue(keys.contains(icon.getKey()), icon.getKey()));
        Stream.of(EventBadge.values()).forEach(badge -> assertTrue(keys.contains(badge.getKey()), badge.getKey()));
        Stream.of(DayStatus.values()).forEach(day -> assertTrue(keys.contains("day." + day.name()), day.name()));
        Stream.of(Impact.values()).forEach(impact -> assertTrue(keys.contains("impact." + impact.label()), impact.label()));
    }

    @Test
    void everyTimelineStatusEveryNoteAndEverySentenceHasItsWords() throws IOException, IllegalAccessException {
        Set<String> keys = load("Texts.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Field field : EventStatus.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String status = (String) field.get(null);
                if (EventStatus.isStatus(status)) {
                    String key = TimelineText.statusKey(new UpdateView(1, null, status, "", null));
                    if (!keys.contains(key)) {
                        missing.add(key);
                    }
                }
            }
        }
        for (String label : TimelineText.noteLabels()) {
            if (!keys.contains("timeline." + label.replace(' ', '_'))) {
                missing.add(label);
            }
        }
        for (TimelineText.Sentence sentence : TimelineText.Sentence.values()) {
            if (!keys.contains("sentence." + sentence.name())) {
                missing.add(sentence.name());
            }
        }
        Stream.of("note.added", "note.movedTo", "note.movedToClosing", "note.movedFrom", "note.impactChanged")
                .filter(key -> !keys.contains(key)).forEach(missing::add);
        assertEquals(Set.of(), missing);
    }

    @Test
    void theEnglishSentencesAreTheStoredOnes() throws IOException {
        Properties english = load("Texts.properties");
        for (TimelineText.Sentence sentence : TimelineText.Sentence.values()) {
            assertEquals(sentence.text(), english.getProperty("sentence." + sentence.name()));
        }
    }

    @Test
    void everyKeyTheJavaSideNamesExistsInEveryLanguage() throws IOException {
        Set<String> english = load("Texts.properties").stringPropertyNames();
        Set<String> german = load("Texts_de.properties").stringPropertyNames();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(JAVA)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        Set<String> named = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (Path source : sources) {
            Matcher key = JAVA_KEY.matcher(Files.readString(source));
            while (key.find()) {
                named.add(key.group(1));
                if (!english.contains(key.group(1)) || !german.contains(key.group(1))) {
                    missing.add(source.getFileName() + ": " + key.group(1));
                }
            }
        }
        assertTrue(named.contains("detail.noRegion"), "the scan finds the keys: " + named);
        assertEquals(Set.of(), missing);
    }
}
