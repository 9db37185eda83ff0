package io.statusdashboard.web.page.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.statusdashboard.catalog.api.ComponentView;
import io.statusdashboard.web.platform.language.EnglishSentences;
import io.statusdashboard.web.subscription.Webhooks;
import io.statusdashboard.web.subscription.internal.WebhookTargets;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sentences beside the operator forms' fields reach a German page in German: the forms and
 * rules give them in English (API v2 answers with the same), {@link EnglishSentences} recognises
 * them by the English bundle's patterns.
 */
class FormSentencesTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("io.statusdashboard.web.Texts", Locale.ENGLISH);
    private static final ResourceBundle GERMAN = ResourceBundle.getBundle("io.statusdashboard.web.Texts", Locale.GERMAN);
    private static final EnglishSentences SENTENCES = new EnglishSentences(ENGLISH);

    private static String german(String english) {
        return SENTENCES.translate(english, GERMAN, Locale.GERMAN);
    }

    @Test
    void theFormsOwnSentencesAreKnown() {
        Map<String, String> problems = new HashMap<>();
        FormTimes.toUtc("yesterday", ZoneOffset.UTC, "start", problems);
        assertEquals("Geben Sie Datum und Uhrzeit wie 2026-11-28T14:30:00 ein", german(problems.get("start")));
        assertEquals("Die Zeitzone \u201eMars/Olympus\u201c gibt es nicht: Wählen Sie eine aus der Liste, etwa Europe/Berlin oder UTC",
                german(FormTimes.unknownZone("Mars/Olympus")));
        List<ComponentView> catalog = List.of(new ComponentView(1, "ECS", Map.of("region", "EU-DE")));
        ServicePicker.read(new String[] {"99"}, catalog, "services", problems);
        assertEquals("Den Dienst \u201c99\u201d gibt es nicht (mehr): Wählen Sie Dienste aus der Liste",
                german(problems.get("services")), "the value keeps the quotes the form gave it");
        ServicePicker.read(new String[] {"x", "-1"}, catalog, "services", problems);
        assertEquals("Die Dienste \u201cx\u201d, \u201c-1\u201d gibt es nicht (mehr): Wählen Sie Dienste aus der Liste",
                german(problems.get("services")));
        for (String sentence : List.of(UpdateEventForm.CONFLICT, SeparateServiceForm.STALE, ReviewList.STALE,
                WebhooksPage.NOT_A_LIST_OF_IDS, OwnRequestForm.CHANGED_MEANWHILE)) {
            assertNotEquals(sentence, german(sentence), sentence);
        }
    }

    /** The sentences of the incident module's rules, as they write them. */
    @ParameterizedTest
    @ValueSource(strings = {"Choose the impact", "Choose at least one service", "Enter the start",
            "An incident cannot start in the future", "The start cannot be more than a year ago",
            "A maintenance needs its planned end", "The end must be after the start", "At most 500 characters",
            "A maintenance keeps the maintenance impact", "Choose minor, major or outage",
            "Choose one of [analyzing, fixing]", "Enter the new end", "The end cannot be in the future",
            "The maintenance is already in progress", "The date cannot be in the future",
            "The work must start before the planned end", "The date must be after the latest update (2026-12-02 10:00:00 UTC)",
            "A maintenance completes only after it started", "The date cannot be before the start", "Enter the new start",
            "The window must keep every update of the maintenance inside it", "Between 8 and 200 characters",
            "There is no such event", "Only one of several services of an open event can be separated",
            "Too many failed sign-ins. Try again in 30 seconds.", "Wrong user name or password",
            "Your session expired, so this form was not sent. Your entries are below: check them and send the form again."})
    void theRulesSentencesAreKnown(String english) {
        String german = german(english);
        assertNotEquals(english, german);
        assertEquals(english, SENTENCES.translate(english, ENGLISH, Locale.ENGLISH), "English stays as the rules wrote it");
    }

    /** API v2's refusals (its words stay English) as the request and webhooks forms turn them into sentences. */
    @ParameterizedTest
    @ValueSource(strings = {"contact_email is required for a maintenance request",
            "contact_email is not a valid e-mail address", "a maintenance request's window must lie wholly in the future",
            "maintenance end_date must be after start_date", "description must be at most 500 characters",
            "event creation failed, component in maintenance", "component does not exist, component_id: 77"})
    void theRequestFormsRefusalsAreKnown(String api) {
        String sentence = MaintenanceRequestForm.sentence(api);
        assertNotEquals(sentence, german(sentence), sentence);
    }

    @Test
    void theWebhooksFormsRefusalsAreKnown() {
        for (String api : List.of(WebhookTargets.MALFORMED, WebhookTargets.TOO_LONG, WebhookTargets.UNRESOLVABLE,
                WebhookTargets.PRIVATE, Webhooks.NO_TARGETS, Webhooks.UNKNOWN_REGION + "EU-XX",
                Webhooks.UNKNOWN_COMPONENT + "77", Webhooks.DESCRIPTION_TOO_LONG)) {
            String sentence = WebhooksPage.sentence(api);
            assertNotEquals(sentence, german(sentence), sentence);
        }
        assertEquals("Unbekannte Region: EU-XX.", german(WebhooksPage.sentence(Webhooks.UNKNOWN_REGION + "EU-XX")));
    }

    @Test
    void aGermanPageNamesTheStatusesToChooseFromInGerman() {
        assertEquals("Wählen Sie einen dieser Status: wird untersucht, wird behoben, wird beobachtet, behoben",
                german("Choose one of [analyzing, fixing, observing, resolved]"));
        assertEquals("Wählen Sie einen dieser Status: läuft, geändert, abgeschlossen, abgesagt",
                german("Choose one of [in progress, modified, completed, cancelled]"), "two-word statuses too");
        assertEquals("Choose one of [analyzing, fixing]",
                SENTENCES.translate("Choose one of [analyzing, fixing]", ENGLISH, Locale.ENGLISH));
        assertEquals("Wählen Sie einen dieser Status: [analyzing, panicking]",
                german("Choose one of [analyzing, panicking]"), "a list of unknown words is kept whole, not half worded");
    }

    @Test
    void valuesAreCarriedOverAndUnknownSentencesStayAsTheyAre() {
        assertEquals("Zwischen 8 und 200 Zeichen", german("Between 8 and 200 characters"));
        assertEquals("Das Datum muss nach der letzten Aktualisierung liegen (2026-12-02 10:00:00 UTC)",
                german("The date must be after the latest update (2026-12-02 10:00:00 UTC)"));
        assertEquals("Der Antrag konnte nicht genehmigt werden: Es gibt ihn nicht mehr.",
                german("The request could not be approved: it does not exist any more."), "the longer pattern wins");
        assertEquals("Der Antrag konnte nicht genehmigt werden: Die Wartung wurde schon geprüft.",
                german("The request could not be approved: the maintenance was already reviewed"));
        assertEquals("Something only the API says", german("Something only the API says"));
    }

    @Test
    void thePickersSummaryIsInThePagesLanguage() {
        List<ComponentView> catalog = List.of(new ComponentView(1, "ECS", Map.of("region", "EU-DE")),
                new ComponentView(2, "OBS", Map.of("region", "EU-DE")));
        assertEquals("1 von 2 Diensten für \u201eecs\u201c angezeigt; ausgewählte Dienste bleiben immer sichtbar.",
                ServicePicker.of(catalog, "ecs", Set.of()).summary(GERMAN, Locale.GERMAN));
        assertEquals("1 of 2 services shown for \u201cecs\u201d; chosen services always show.",
                ServicePicker.of(catalog, "ecs", Set.of()).summary(ENGLISH, Locale.ENGLISH));
    }
}
