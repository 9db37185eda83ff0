package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnTargetTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", textBlock = """
            /operator,                    /operator
            /?region=EU-NL,               /?region=EU-NL
            /incidents/12,                /incidents/12
            null,                         /
            '',                           /
            https://evil.example/,        /
            //evil.example/,              /
            /\\evil.example,              /
            operator,                     /
            /login?returnTo=/x,           /
            /logout,                      /
            /Callback?code=x&state=y,     /
            """)
    void onlyPathsOfThisDashboardAreFollowed(String returnTo, String expected) {
        assertEquals(expected, ReturnTarget.safe(returnTo));
    }
}
