package io.statusdashboard.web.platform.language;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the sentences the rules and forms give in English ({@code problem.*} keys: the English
 * bundle holds each sentence as the rules write it, {@code {0}} where a value goes) in another
 * language. The rules stay English because API v2 answers with the same sentences; a page
 * recognises a sentence by its English pattern and says it in the page's language. A sentence
 * no pattern matches is shown as it is.
 */
public final class EnglishSentences {

    /** The prefix of the keys whose English value is a rule's sentence. */
    public static final String PREFIX = "problem.";
    /** The bundle's words for a timeline status ({@code timeline.in_progress}). */
    private static final String STATUS_PREFIX = "timeline.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");

    private record Sentence(String key, Pattern english, List<Integer> arguments) {}

    private final List<Sentence> sentences;

    public EnglishSentences(ResourceBundle english) {
        List<Sentence> all = new ArrayList<>();
        for (String key : Collections.list(english.getKeys())) {
            if (key.startsWith(PREFIX)) {
                all.add(sentence(key, english.getString(key)));
            }
        }
        // The most specific first: a longer pattern would otherwise lose to a shorter one that also matches.
        all.sort((a, b) -> b.english().pattern().length() - a.english().pattern().length());
        this.sentences = List.copyOf(all);
    }

    private static Sentence sentence(String key, String pattern) {
        StringBuilder regex = new StringBuilder();
        List<Integer> arguments = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        int done = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(literal(pattern.substring(done, placeholder.start())))).append("(.+?)");
            arguments.add(Integer.parseInt(placeholder.group(1)));
            done = placeholder.end();
        }
        regex.append(Pattern.quote(literal(pattern.substring(done))));
        return new Sentence(key, Pattern.compile(regex.toString(), Pattern.DOTALL), arguments);
    }

    /** A MessageFormat literal as it reads: a doubled quote is one. */
    private static String literal(String text) {
        return text.replace("''", "'");
    }

    /**
     * A value that is a list of statuses as the rules write it ("[analyzing, fixing]", Java's
     * list text) in {@code words}' language, as the timeline words them: otherwise a German page
     * would offer English status names. Any other value is kept as it is.
     */
    static String statusList(String value, ResourceBundle words) {
        if (!value.startsWith("[") || !value.endsWith("]") || value.length() < 3) {
            return value;
        }
        List<String> worded = new ArrayList<>();
        for (String status : value.substring(1, value.length() - 1).split(", ")) {
            String key = STATUS_PREFIX + status.strip().replace(' ', '_');
            if (!words.containsKey(key)) {
                return value;
            }
            worded.add(words.getString(key));
        }
        return String.join(", ", worded);
    }

    /** The sentence in {@code words}' language, or as given when it is none of the known ones. */
    public String translate(String text, ResourceBundle words, Locale locale) {
        if (text == null) {
            return null;
        }
        boolean english = locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
        for (Sentence sentence : sentences) {
            Matcher matched = sentence.english().matcher(text);
            if (matched.matches() && words.containsKey(sentence.key())) {
                Object[] values = new Object[sentence.arguments().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
                for (int i = 0; i < sentence.arguments().size(); i++) {
                    String value = matched.group(i + 1);
                    // English keeps the rules' own text, list brackets and all, as API v2 gives it.
                    values[sentence.arguments().get(i)] = english ? value : statusList(value, words);
                }
                return new MessageFormat(words.getString(sentence.key()), locale).format(values);
            }
        }
        return text;
    }
}
