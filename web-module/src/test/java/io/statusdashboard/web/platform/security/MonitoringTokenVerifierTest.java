package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statusdashboard.web.it.Tokens;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonitoringTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final MonitoringTokenVerifier verifier = new MonitoringTokenVerifier("short", "stackmon");

    private Optional<String> check(String header) {
        return verifier.refusal(header, NOW);
    }

    @Test
    void acceptsAnHs256TokenWithTheClaimEvenWithAShortKey() {
        assertEquals(Optional.empty(), check("Bearer " + Tokens.hs256("short", "{\"stackmon\":\"x\"}")));
        assertEquals(Optional.empty(), check("bEaReR " + Tokens.hs256("short", "{\"stackmon\":\"x\"}")));
    }

    @Test
    void honoursExpiryAndNotBeforeWithAMinuteOfSkew() {
        long now = NOW.getEpochSecond();
        assertEquals(Optional.empty(), check("Bearer " + Tokens.hs256("short", "{\"stackmon\":1,\"exp\":" + (now - 30) + "}")));
        assertTrue(check("Bearer " + Tokens.hs256("short", "{\"stackmon\":1,\"exp\":" + (now - 61) + "}"))
                .orElseThrow().contains("expired"));
        assertTrue(check("Bearer " + Tokens.hs256("short", "{\"stackmon\":1,\"nbf\":" + (now + 120) + "}"))
                .orElseThrow().contains("not valid yet"));
    }

    @Test
    void refusesEverythingElse() {
        assertTrue(check(null).orElseThrow().startsWith("Missing token"));
        assertTrue(check("Token abc").orElseThrow().contains("scheme"));
        assertTrue(check("Bearer").orElseThrow().contains("scheme"));
        assertTrue(check("Bearer a.b.c").orElseThrow().startsWith("Invalid token"));
        assertTrue(check("Bearer " + Tokens.none("{\"stackmon\":1}")).isPresent());
        assertTrue(check("Bearer " + Tokens.hs512("short", "{\"stackmon\":1}")).orElseThrow().contains("HS256"));
        assertTrue(check("Bearer " + Tokens.hs256("other", "{\"stackmon\":1}")).orElseThrow().contains("signature"));
        assertTrue(check("Bearer " + Tokens.hs256("short", "{\"sub\":1}")).orElseThrow().contains("'stackmon'"));
        assertTrue(check("Bearer " + Tokens.hs256("short", "{\"stackmon\":null}")).isPresent());
    }
}
