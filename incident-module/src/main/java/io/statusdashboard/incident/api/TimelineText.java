package io.statusdashboard.incident.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a stored timeline text reads to visitors. The automatic notes keep the shape both original
 * dashboards store and read, so rows written by them and by this dashboard are alike. Visitors get
 * sentences instead: the region rather than every attribute, "moved to incident 'title'" with the
 * title as a link, and a closed incident's reason. Nothing else of a stored text is markup: it
 * comes back as text, to be escaped by whoever renders it.
 *
 * <h2>The stored format</h2>
 * One contract with two halves in this module: {@code internal.rules.UpdateTexts} writes it, this
 * class reads it (the web module renders what this class reads, and reads nothing of the text
 * itself). It is the original dashboards' format, which their clients read from the same tables,
 * so it stays as it is. A timeline entry's text is one of:
 * <ul>
 * <li>a {@link Sentence}, to the letter;</li>
 * <li>{@code LABEL added to TITLE}, status {@code SYSTEM}: a status report added a service to an
 *     incident;</li>
 * <li>{@code LABEL moved to LINK} or {@code LABEL moved from LINK}, status {@code SYSTEM}: a
 *     service moved between incidents; a move that emptied the incident it left ends in
 *     {@code , incident closed by system} (in any case; stored with the status {@code resolved},
 *     or {@code SYSTEM} in older rows);</li>
 * <li>{@code impact changed from FROM to TO}, status {@code SYSTEM}, with {@link Impact#label()}s;</li>
 * <li>anything else: an operator's words, plain text.</li>
 * </ul>
 * LABEL is a service's name and then its attributes sorted by name, in brackets
 * ({@code Auto Scaling (category: Compute, region: EU-NL, type: as)}), or its name alone.
 * LINK is {@code <a href='/incidents/N'>TITLE</a>} (double quotes are read too), N the incident's
 * id and TITLE its title with {@code & < > " '} escaped as HTML; this is the only markup a stored
 * text holds, and the only one read as markup. {@code UpdateTextsTest} writes every note and reads
 * it back here.
 */
public final class TimelineText {

    /** One piece of a sentence: plain text, or a link to another incident. */
    public sealed interface Part {}

    public record Text(String text) implements Part {}

    public record IncidentLink(long incidentId, String title) implements Part {}

    /**
     * An automatic note taken apart, for pages that word it in the visitor's language; the stored
     * text and {@link #read} stay English (feeds, JSON and API messages are English).
     */
    public sealed interface Note {}

    /** "ECS (EU-DE) added to Outage": a service joined an incident by a status report. */
    public record Added(String service, String incidentTitle) implements Note {}

    /** A service moved to (or from) another incident; the last one leaving closes its incident. */
    public record Moved(String service, boolean to, IncidentLink incident, boolean closesIncident) implements Note {}

    /** "impact changed from minor to major", written by a status report. */
    public record ImpactChanged(Impact from, Impact to) implements Note {}

    /**
     * The fixed sentences the maintenance clock, the API and the review write; the incident module
     * writes exactly these texts, so a page recognises them.
     */
    public enum Sentence implements Note {
        MAINTENANCE_PLANNED("Maintenance is planned."),
        MAINTENANCE_REQUESTED("Maintenance is requested and waits for review."),
        MAINTENANCE_IN_PROGRESS("Maintenance is in progress."),
        MAINTENANCE_COMPLETED("Maintenance is completed."),
        INFO_PLANNED("The informational notification is planned."),
        INFO_ACTIVE("The informational notification is active."),
        INFO_COMPLETED("The informational notification is completed."),
        INCIDENT_DETECTED("The incident is detected."),
        /** A creator's change of their own request on its page while it waits for review. */
        REQUEST_CHANGED("The request was changed by its creator."),
        REQUEST_CANCELLED("The request was cancelled by its creator."),
        SYSTEM_INCIDENT_DESCRIPTION("System-wide incident affecting multiple components. Created automatically.");

        private final String text;

        Sentence(String text) {
            this.text = text;
        }

        /** The stored text. */
        public String text() {
            return text;
        }
    }

    /** What the automatic notes do, for the word a visitor sees in place of the stored status. */
    enum Kind {
        MOVED("moved"), CLOSED("closed"), ADDED("added"), IMPACT_CHANGED("impact changed"), NOTE("note");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static final String CLOSED_BY_SYSTEM = ", incident closed by system";
    static final String CLOSED_SENTENCE = ". This incident was closed because its services moved.";
    private static final Pattern INCIDENT_LINK =
            Pattern.compile("<a href=(['\"])/incidents/(\\d{1,10})\\1>([^<]*)</a>");
    /** "(category: Compute, region: EU-DE, type: ecs)": the attributes the notes name a component by. */
    private static final Pattern ATTRIBUTES =
            Pattern.compile(" ?\\(((?:[\\w-]+: [^,():]*)(?:, [\\w-]+: [^,():]*)*)\\)");
    private static final Pattern REGION = Pattern.compile("(?:^|, )region: ([^,():]*)");
    private static final Pattern MOVE_BEFORE_LINK = Pattern.compile("moved (?:to|from) $");

    private static final Pattern MOVE = Pattern.compile(
            "(.*) moved (to|from) <a href=(['\"])/incidents/(\\d{1,10})\\3>([^<]*)</a>", Pattern.DOTALL);
    private static final Pattern ADDED = Pattern.compile("(.+) added to (.+)", Pattern.DOTALL);
    private static final Pattern IMPACT = Pattern.compile("impact changed from (\\w+) to (\\w+)");

    private TimelineText() {}

    /**
     * The automatic note an entry holds, if it holds one: a fixed sentence, or (written with the
     * status {@code SYSTEM}, or closing its incident) a move, an addition or an impact change.
     * An operator's own words are no note, whatever they say.
     */
    public static Optional<Note> note(UpdateView update) {
        String stored = update.text();
        if (stored == null) {
            return Optional.empty();
        }
        Optional<Sentence> sentence = sentence(stored);
        if (sentence.isPresent()) {
            return Optional.of(sentence.get());
        }
        boolean closing = closesIncident(stored);
        if (!closing && !EventStatus.SYSTEM.equalsIgnoreCase(update.status())) {
            return Optional.empty();
        }
        String text = closing ? stored.substring(0, stored.length() - CLOSED_BY_SYSTEM.length()) : stored;
        Matcher move = MOVE.matcher(text);
        if (move.matches()) {
            return Optional.of(new Moved(componentsByRegion(move.group(1)), move.group(2).equals("to"),
                    new IncidentLink(Long.parseLong(move.group(4)), unescape(move.group(5))), closing));
        }
        if (closing) {
            return Optional.empty();
        }
        Matcher impact = IMPACT.matcher(text);
        if (impact.matches()) {
            Optional<Impact> from = impactNamed(impact.group(1));
            Optional<Impact> to = impactNamed(impact.group(2));
            if (from.isPresent() && to.isPresent()) {
                return Optional.of(new ImpactChanged(from.get(), to.get()));
            }
            return Optional.empty();
        }
        Matcher added = ADDED.matcher(text);
        if (added.matches()) {
            return Optional.of(new Added(componentsByRegion(added.group(1)), added.group(2)));
        }
        return Optional.empty();
    }

    /** The fixed sentence a stored text is (a timeline entry or an event's description), if it is one. */
    public static Optional<Sentence> sentence(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        String text = stored.strip();
        return Arrays.stream(Sentence.values()).filter(sentence -> sentence.text.equals(text)).findFirst();
    }

    private static Optional<Impact> impactNamed(String label) {
        for (Impact impact : Impact.values()) {
            if (impact.label().equals(label)) {
                return Optional.of(impact);
            }
        }
        return Optional.empty();
    }

    /** The words {@link #statusLabel} gives automatic notes, for checking that pages have theirs. */
    public static List<String> noteLabels() {
        return Arrays.stream(Kind.values()).map(kind -> kind.label).toList();
    }

    /**
     * The key of the word a page shows beside an entry (see {@link #statusLabel}): "timeline." and
     * the label with its spaces as underscores, e.g. {@code timeline.impact_changed}.
     */
    public static String statusKey(UpdateView update) {
        return "timeline." + statusLabel(update).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** The stored text as a visitor reads it. */
    public static List<Part> read(String stored) {
        List<Part> parts = new ArrayList<>();
        if (stored == null) {
            return parts;
        }
        boolean closing = closesIncident(stored);
        String text = closing ? stored.substring(0, stored.length() - CLOSED_BY_SYSTEM.length()) : stored;
        Matcher link = INCIDENT_LINK.matcher(text);
        int done = 0;
        StringBuilder pending = new StringBuilder();
        while (link.find()) {
            pending.append(componentsByRegion(text.substring(done, link.start())));
            boolean move = MOVE_BEFORE_LINK.matcher(pending).find();
            if (move) {
                pending.append("incident '");
            }
            addText(parts, pending);
            parts.add(new IncidentLink(Long.parseLong(link.group(2)), unescape(link.group(3))));
            if (move) {
                pending.append('\'');
            }
            done = link.end();
        }
        pending.append(componentsByRegion(text.substring(done)));
        if (closing) {
            pending.append(CLOSED_SENTENCE);
        }
        addText(parts, pending);
        return parts;
    }

    /** The sentence without its links, as in a plain-text summary. */
    public static String plain(String stored) {
        StringBuilder plain = new StringBuilder();
        for (Part part : read(stored)) {
            plain.append(part instanceof Text text ? text.text() : ((IncidentLink) part).title());
        }
        return plain.toString();
    }

    /**
     * The word visitors see beside an entry: the operator's status, or what an automatic note did. The
     * note that closes an incident whose last component moved away is stored as {@code resolved} (as
     * status-dashboard-v3 writes it) or, in older rows, as {@code SYSTEM}; both read "closed".
     */
    public static String statusLabel(UpdateView update) {
        if (closesIncident(update.text())) {
            return Kind.CLOSED.label;
        }
        return EventStatus.SYSTEM.equalsIgnoreCase(update.status()) ? kind(update.text()).label : update.status();
    }

    /** Whether this note closed its incident because the incident's last component moved away. */
    public static boolean closesIncident(String stored) {
        return stored != null && stored.toLowerCase(Locale.ROOT).endsWith(CLOSED_BY_SYSTEM);
    }

    /** Whether the event was closed by its components moving away rather than by an operator. */
    public static boolean closedByMove(EventView event) {
        UpdateView latest = event.latestUpdate();
        return event.isIncident() && event.end() != null && latest != null && closesIncident(latest.text());
    }

    static Kind kind(String stored) {
        if (stored == null) {
            return Kind.NOTE;
        }
        if (closesIncident(stored)) {
            return Kind.CLOSED;
        }
        if (stored.contains(" moved to ") || stored.contains(" moved from ")) {
            return Kind.MOVED;
        }
        if (stored.contains(" added to ")) {
            return Kind.ADDED;
        }
        return stored.startsWith("impact changed") ? Kind.IMPACT_CHANGED : Kind.NOTE;
    }

    /** "Auto Scaling (category: Compute, region: EU-NL, type: as)" reads "Auto Scaling (EU-NL)". */
    static String componentsByRegion(String text) {
        Matcher attributes = ATTRIBUTES.matcher(text);
        StringBuilder result = new StringBuilder();
        while (attributes.find()) {
            Matcher region = REGION.matcher(attributes.group(1));
            attributes.appendReplacement(result,
                    Matcher.quoteReplacement(region.find() ? " (" + region.group(1).strip() + ")" : ""));
        }
        attributes.appendTail(result);
        return result.toString();
    }

    private static void addText(List<Part> parts, StringBuilder pending) {
        if (!pending.isEmpty()) {
            parts.add(new Text(pending.toString()));
            pending.setLength(0);
        }
    }

    /** Link texts this dashboard wrote hold an HTML-escaped title: read back, it is text again. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
