package io.statusdashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statusdashboard.incident.api.UpdateView;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpdateTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain text                        | Investigating                                   | Investigating
            the original's link               | ECS moved to <a href='/incidents/12'>Outage</a> | ECS moved to incident &#39;<a href="/incidents/12">Outage</a>&#39;
            an attribute dump                 | ECS (category: Compute, region: EU-DE, type: ecs) moved from <a href='/incidents/12'>O</a> | ECS (EU-DE) moved from incident &#39;<a href="/incidents/12">O</a>&#39;
            double quotes                     | <a href="/incidents/7">x</a>                    | <a href="/incidents/7">x</a>
            script                            | <script>alert(1)</script>                       | &lt;script&gt;alert(1)&lt;/script&gt;
            link elsewhere                    | <a href='https://evil.example/'>x</a>           | &lt;a href=&#39;https://evil.example/&#39;&gt;x&lt;/a&gt;
            link with extra attribute         | <a href='/incidents/1' onclick='x()'>y</a>      | &lt;a href=&#39;/incidents/1&#39; onclick=&#39;x()&#39;&gt;y&lt;/a&gt;
            javascript in path                | <a href='/incidents/1/../../x'>y</a>            | &lt;a href=&#39;/incidents/1/../../x&#39;&gt;y&lt;/a&gt;
            markup inside the link            | <a href='/incidents/3'><img src=x></a>          | &lt;a href=&#39;/incidents/3&#39;&gt;&lt;img src=x&gt;&lt;/a&gt;
            entities inside the link text     | <a href='/incidents/3'>A & "B"</a>              | <a href="/incidents/3">A &amp; &quot;B&quot;</a>
            escaped title in a link           | <a href='/incidents/3'>A &amp; &lt;B&gt;</a>  | <a href="/incidents/3">A &amp; &lt;B&gt;</a>
            mismatched quotes                 | <a href='/incidents/3">x</a>                    | &lt;a href=&#39;/incidents/3&quot;&gt;x&lt;/a&gt;
            two links and text between        | <a href='/incidents/1'>a</a> & <a href='/incidents/2'>b</a> | <a href="/incidents/1">a</a> &amp; <a href="/incidents/2">b</a>
            """)
    void onlyLinksToIncidentsSurviveEverythingElseIsEscaped(String label, String text, String html) {
        assertEquals(html, UpdateText.toHtml(text, ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /status | <a href='/incidents/5'>x</a> | <a href="/status/incidents/5">x</a>
            """)
    void linksFollowTheContextPath(String contextPath, String text, String html) {
        assertEquals(html, UpdateText.toHtml(text, contextPath));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain text                   | Investigating                                   | Investigating
            a link becomes its title     | ECS moved to <a href='/incidents/12'>Outage</a> | `ECS moved to incident 'Outage'`
            an attribute dump is a name  | ECS (category: Compute, region: EU-DE, type: ecs) moved from <a href='/incidents/12'>O</a> | `ECS (EU-DE) moved from incident 'O'`
            an escaped title is decoded  | <a href='/incidents/3'>A &amp; &lt;B&gt;</a>    | A & <B>
            other markup stays as typed  | <script>alert(1)</script>                       | <script>alert(1)</script>
            """)
    void plainTextReadsAsThePageWithLinksReducedToTheirTitles(String label, String text, String plain) {
        assertEquals(plain, UpdateText.toPlainText(text));
    }

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("io.statusdashboard.web.Texts", Locale.ENGLISH);
    private static final ResourceBundle GERMAN = ResourceBundle.getBundle("io.statusdashboard.web.Texts", Locale.GERMAN);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            SYSTEM      | ECS (category: Compute, region: EU-DE) moved to <a href='/incidents/12'>A & B</a>
            resolved    | ECS (region: EU-DE) moved to <a href='/incidents/12'>Outage</a>, incident closed by system
            SYSTEM      | ECS moved from <a href='/incidents/12'>&lt;O&gt;</a>
            SYSTEM      | DNS (region: EU-NL) added to <Outage>
            SYSTEM      | impact changed from minor to major
            in progress | Maintenance is in progress.
            fixing      | <b>We</b> added to the pool
            """)
    void anEnglishPageReadsNotesAsTheFeedsDo(String status, String text) {
        assertEquals(UpdateText.toHtml(text, "/ctx"),
                UpdateText.toHtml(new UpdateView(1, AT, status, text, null), "/ctx", ENGLISH, Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            SYSTEM      | ECS (category: Compute, region: EU-DE) moved to <a href='/incidents/12'>A & B</a> | ECS (EU-DE) wurde in die Störung „<a href="/ctx/incidents/12">A &amp; B</a>“ verschoben
            resolved    | ECS (region: EU-DE) moved to <a href='/incidents/12'>X</a>, incident closed by system | ECS (EU-DE) wurde in die Störung „<a href="/ctx/incidents/12">X</a>“ verschoben. Diese Störung wurde geschlossen, weil ihre Dienste verschoben wurden.
            SYSTEM      | ECS moved from <a href='/incidents/12'>&lt;O&gt;</a>            | ECS wurde aus der Störung „<a href="/ctx/incidents/12">&lt;O&gt;</a>“ hierher verschoben
            SYSTEM      | DNS (region: EU-NL) added to <Outage>                           | DNS (EU-NL) wurde der Störung &lt;Outage&gt; hinzugefügt
            SYSTEM      | impact changed from minor to major                              | Auswirkung geändert von gering auf erheblich
            in progress | Maintenance is in progress.                                     | Die Wartung läuft.
            fixing      | <b>We</b> added to the pool                                     | &lt;b&gt;We&lt;/b&gt; added to the pool
            """)
    void aGermanPageWordsTheNotesInGermanAndLeavesOperatorsWordsAlone(String status, String text, String html) {
        assertEquals(html, UpdateText.toHtml(new UpdateView(1, AT, status, text, null), "/ctx", GERMAN, Locale.GERMAN));
    }

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 10, 0);
}
