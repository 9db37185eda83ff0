package io.statusdashboard.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.incident.api.Impact;
import io.statusdashboard.incident.api.StatusReport;
import io.statusdashboard.web.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
            """)
    void refusesWithAMessageNamingTheProblem(String label, String json, String message) {
        ApiException error = assertThrows(ApiException.class, () -> parse(json));
        assertEquals(400, error.status());
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @Test
    void refusesDeepNestingBeforeParsing() {
        String deep = "{\"name\":\"A\",\"impact\":1,\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ApiException error = assertThrows(ApiException.class, () -> parse(deep));
        assertTrue(error.getMessage().contains("nested too deeply"));
        assertEquals(2, StatusReportParser.nestingDepth("{\"a\":[\"[[[{{\"]}".getBytes(StandardCharsets.UTF_8)),
                "brackets inside strings do not count");
    }
}
