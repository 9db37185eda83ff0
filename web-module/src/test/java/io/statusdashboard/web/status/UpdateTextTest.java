package io.statusdashboard.web.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpdateTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain text                        | Investigating                                   | Investigating
            the original's link               | ECS moved to <a href='/incidents/12'>Outage</a> | ECS moved to <a href="/incidents/12">Outage</a>
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
}
