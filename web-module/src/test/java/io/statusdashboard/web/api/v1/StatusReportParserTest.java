package io.statusdashboard.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.StatusReport;
import io.statusdashboard.web.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusReportParserTest {

    private static StatusReport parse(String json) {
        return StatusReportParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAReportAsTheOriginalsClientsSendIt() {
        StatusReport report = parse("{\"name\":\"Elastic Cloud Server\",\"impact\":2,\"text\":\"API errors\","
                + "\"attributes\":[{\"name\":\"region\",\"value\":\"EU-DE\"}],\"extra\":true}");
        assertEquals(new StatusReport("Elastic Cloud Server", Map.of("region", "EU-DE"), Impact.MAJOR, "API errors"), report);
    }

    @Test
    void theTitleDefaultsToIncident() {
        assertEquals("Incident", parse("{\"name\":\"A\",\"impact\":1}").title());
        assertEquals("Incident", parse("{\"name\":\"A\",\"impact\":1,\"text\":null}").title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            empty body                 | ``                                                              | empty
            not JSON                   | {"name":                                                        | not valid JSON
            trailing garbage           | {"name":"A","impact":1} x                                       | not valid JSON
            array                      | [1]                                                             | JSON object
            missing name               | {"impact":1}                                                    | 'name'
            blank name                 | {"name":" ","impact":1}                                         | 'name'
            impact as text             | {"name":"A","impact":"minor"}                                   | 'impact' must be
            impact missing             | {"name":"A"}                                                    | 'impact' is required
            impact zero                | {"name":"A","impact":0}                                         | maintenance
            impact four                | {"name":"A","impact":4}                                         | Unknown impact 4
            negative impact            | {"name":"A","impact":-1}                                        | Unknown impact -1
            fraction                   | {"name":"A","impact":1.5}                                       | 'impact' must be
            huge number                | {"name":"A","impact":1e400}                                     | 'impact' must be
            text not a string          | {"name":"A","impact":1,"text":5}                                | 'text'
            attributes as a map        | {"name":"A","impact":1,"attributes":{"region":"X"}}             | 'attributes'
            attribute without value    | {"name":"A","impact":1,"attributes":[{"name":"region"}]}        | each attribute
            attribute given twice      | {"name":"A","impact":1,"attributes":[{"name":"r","value":"1"},{"name":"r","value":"2"}]} | twice
            only whitespace            | `   `                                                       | empty
            null                       | null                                                            | JSON object
            a string                   | "A"                                                             | JSON object
            two objects                | {"name":"A","impact":1}{}                                       | not valid JSON
            NaN                        | {"name":"A","impact":NaN}                                       | not valid JSON
            impact given twice         | {"name":"A","impact":1,"impact":3}                              | 'impact' is given twice
            key twice in an attribute  | {"name":"A","impact":1,"attributes":[{"name":"r","name":"s","value":"1"}]} | 'name' is given twice
            impact with 5000 digits    | {"name":"A","impact":#5000}                                     | longer than 32 characters
            exponent out of range      | {"name":"A","impact":1e2147483648}                              | out of any range
            scale out of range         | {"name":"A","impact":1e-2147483648}                             | out of any range
            odd number in an extra     | {"name":"A","impact":1,"extra":[1e-2147483649]}                 | out of any range
            tiny exponent              | {"name":"A","impact":1e-400}                                    | 'impact' must be
            huge exponent              | {"name":"A","impact":1e999999999}                               | 'impact' must be
            impact true                | {"name":"A","impact":true}                                      | 'impact' must be
            impact null                | {"name":"A","impact":null}                                      | 'impact' is required
            impact a numeric string    | {"name":"A","impact":"1"}                                       | 'impact' must be
            impact a list              | {"name":"A","impact":[1]}                                       | 'impact' must be
            name an object             | {"name":{},"impact":1}                                          | 'name'
            NUL in the name            | {"name":"A\\u0000","impact":1}                                   | 'name' contains the control character U+0000
            bell in the name           | {"name":"A\\u0007B","impact":1}                                  | U+0007 at position 1
            DEL in the name            | {"name":"A\\u007f","impact":1}                                   | U+007F
            C1 control in the name     | {"name":"A\\u009b","impact":1}                                   | U+009B
            lone high surrogate        | {"name":"A\\ud83d","impact":1}                                   | 'name' contains half of a surrogate pair (U+D83D)
            lone low surrogate         | {"name":"\\ude00A","impact":1}                                   | half of a surrogate pair (U+DE00) at position 0
            swapped surrogates         | {"name":"\\ude00\\ud83d","impact":1}                              | half of a surrogate pair
            name too long              | {"name":"%256","impact":1}                                      | 'name' is longer than 255
            NUL in the text            | {"name":"A","impact":1,"text":"T\\u0000"}                        | 'text' contains the control character
            line feed in the text      | {"name":"A","impact":1,"text":"T\\nU"}                           | 'text' contains the control character U+000A
            lone surrogate in the text | {"name":"A","impact":1,"text":"T\\udc00"}                        | 'text' contains half
            text too long              | {"name":"A","impact":1,"text":"%256"}                           | 'text' is longer than 255
            NUL in an attribute name   | {"name":"A","impact":1,"attributes":[{"name":"r\\u0000","value":"1"}]} | 'attribute name' contains
            tab in an attribute value  | {"name":"A","impact":1,"attributes":[{"name":"r","value":"\\t"}]} | 'attribute value' contains
            surrogate in an attribute  | {"name":"A","impact":1,"attributes":[{"name":"r","value":"\\ud800"}]} | 'attribute value' contains half
            attribute name too long    | {"name":"A","impact":1,"attributes":[{"name":"%256","value":"1"}]} | 'attribute name' is longer
            attribute value too long   | {"name":"A","impact":1,"attributes":[{"name":"r","value":"%256"}]} | 'attribute value' is longer
            attribute null value       | {"name":"A","impact":1,"attributes":[{"name":"r","value":null}]} | each attribute
            attribute a list           | {"name":"A","impact":1,"attributes":[["r","1"]]}                | each attribute
            attributes a string        | {"name":"A","impact":1,"attributes":"region=EU-DE"}             | 'attributes'
            """)
    void refusesWithAMessageNamingTheProblem(String label, String json, String message) {
        ApiException error = assertThrows(ApiException.class, () -> parse(expanded(json)));
        assertEquals(400, error.status());
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @Test
    void refusesDeepNestingBeforeParsing() {
        String deep = "{\"name\":\"A\",\"impact\":1,\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ApiException error = assertThrows(ApiException.class, () -> parse(deep));
        assertTrue(error.getMessage().contains("nested too deeply"));
        String sixteen = "{\"name\":\"A\",\"impact\":1,\"x\":" + "[".repeat(15) + "\"[[{{\"" + "]".repeat(15) + "}";
        assertEquals("A", parse(sixteen).componentName(), "16 levels pass; brackets inside strings do not count");
    }

    @Test
    void acceptsTheTextItRefusesNotToo() {
        StatusReport report = parse("\uFEFF{\"name\":\"Cloud \u00e9\ud83d\ude00 " + "x".repeat(245) + "\",\"impact\":3,"
                + "\"text\":\"  Outage \u2014 100% \",\"attributes\":[{\"name\":\"region\",\"value\":\"\"}],\"n\":1E0}");
        assertEquals(255, report.componentName().length(), "255 characters, a surrogate pair among them");
        assertEquals(Impact.OUTAGE, report.impact());
        assertEquals("Outage \u2014 100%", report.title());
        assertEquals(Map.of("region", ""), report.attributes());
        assertEquals(Impact.MINOR, parse("{\"name\":\"A\",\"impact\":1E0}").impact(), "an integral number in any notation");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a lone continuation byte  | 80
            a truncated sequence      | E2 82
            an overlong slash         | C0 AF
            an encoded surrogate      | ED A0 80
            a byte UTF-8 never uses   | FF
            Latin-1                   | E4
            """)
    void refusesBytesThatAreNotUtf8(String label, String hex) {
        byte[] bad = HexFormat.ofDelimiter(" ").parseHex(hex);
        byte[] head = "{\"name\":\"A\",\"impact\":1,\"text\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bad, 0, body, head.length, bad.length);
        System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
        ApiException error = assertThrows(ApiException.class, () -> StatusReportParser.parse(body));
        assertEquals(400, error.status());
        assertTrue(error.getMessage().contains("not UTF-8"), error.getMessage());
    }

    /** {@code %N} stands for N x's and {@code #N} for N digits, so long values fit in a table. */
    private static String expanded(String json) {
        return Pattern.compile("([%#])(\\d+)").matcher(json).replaceAll(match ->
                (match.group(1).equals("%") ? "x" : "1").repeat(Integer.parseInt(match.group(2))));
    }
}
