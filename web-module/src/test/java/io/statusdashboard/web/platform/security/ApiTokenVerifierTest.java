package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.statusdashboard.incident.api.CallerRole;
import io.statusdashboard.web.it.Tokens;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiTokenVerifierTest {

    private static final String SECRET = "short";
    private static final String CLIENT_ID = "status-dashboard";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final ApiCaller MONITORING = new ApiCaller("monitoring", CallerRole.MONITORING);
    private static final RoleMapping ROLES = new RoleMapping(
            Optional.of("sd-creators"), Optional.of("sd-operators"), Optional.of("/sd-admins"));

    /** Made once: RSA keys take a while, and no test changes this one. */
    private static final RSAKey PROVIDER_KEY = TestProvider.rsaKey("key-1");
    private TestProvider provider;
    private ApiTokenVerifier verifier;

    @BeforeEach
    void startProvider() throws Exception {
        provider = new TestProvider(PROVIDER_KEY);
        verifier = verifier(SECRET, Duration.ofMinutes(1));
    }

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    private ApiTokenVerifier verifier(String secret, Duration refetchInterval) {
        ProviderKeys keys = new ProviderKeys(provider.issuer(), refetchInterval, Clock.systemUTC());
        return new ApiTokenVerifier(new SharedSecretSignature(secret),
                Optional.of(new ProviderTokenVerifier(provider.issuer(), CLIENT_ID, keys, ROLES)));
    }

    private Optional<ApiCaller> check(String authorization) {
        return verifier.verify(authorization, NOW).caller();
    }

    private String refusal(String authorization) {
        TokenVerdict verdict = verifier.verify(authorization, NOW);
        assertEquals(Optional.empty(), verdict.caller(), "refused");
        return verdict.refusal();
    }

    private JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(provider.issuer())
                .subject("3f2a-uuid")
                .claim("preferred_username", "oscar")
                .claim("groups", List.of("sd-operators"))
                .expirationTime(Date.from(NOW.plusSeconds(300)));
    }

    // Shared-secret tokens: the monitoring system.

    @Test
    void anHmacTokenSignedWithTheSecretIsMonitoringWhateverItsClaimsEvenWithAShortKey() {
        assertEquals(Optional.of(MONITORING), check("Bearer " + Tokens.hs256(SECRET, "{\"stackmon\":\"x\"}")));
        assertEquals(Optional.of(MONITORING), check("Bearer " + Tokens.hs256(SECRET, "{}")));
        assertEquals(Optional.of(MONITORING), check("Bearer " + Tokens.hs384(SECRET, "{\"sub\":\"ci\"}")));
        assertEquals(Optional.of(MONITORING), check("Bearer " + Tokens.hs512(SECRET,
                "{\"groups\":[\"sd-admins\"],\"preferred_username\":\"root\"}")), "claims give an HMAC token no role");
    }

    @Test
    void theSchemeWordIsOptionalAndCaseInsensitive() {
        String token = Tokens.hs256(SECRET, "{}");
        assertEquals(Optional.of(MONITORING), check(token));
        assertEquals(Optional.of(MONITORING), check("bearer " + token));
        assertEquals(Optional.of(MONITORING), check("  BEARER\t" + token + " "));
        assertTrue(refusal("Basic " + token).startsWith("Missing token"));
    }

    @Test
    void anHmacTokenHonoursExpiryAndNotBeforeWithAMinuteOfSkew() {
        long now = NOW.getEpochSecond();
        assertEquals(Optional.of(MONITORING), check(Tokens.hs256(SECRET, "{\"exp\":" + (now - 30) + "}")));
        assertTrue(refusal(Tokens.hs256(SECRET, "{\"exp\":" + (now - 61) + "}")).contains("expired"));
        assertEquals(Optional.of(MONITORING), check(Tokens.hs256(SECRET, "{\"nbf\":" + (now + 30) + "}")));
        assertTrue(refusal(Tokens.hs256(SECRET, "{\"nbf\":" + (now + 120) + "}")).contains("not valid yet"));
    }

    @Test
    void anHmacTokenWithAnotherKeyOrAnEmptySecretIsRefused() {
        assertTrue(refusal(Tokens.hs256("other", "{}")).contains("signature"));
        assertTrue(refusal(Tokens.hs512("other", "{}")).contains("signature"));
        verifier = verifier("", Duration.ofMinutes(1));
        assertTrue(refusal(Tokens.hs256(SECRET, "{}")).contains("signature"), "an empty secret accepts nothing");
    }

    @Test
    void missingUnparsableUnsignedAndOtherAlgorithmsAreRefused() {
        assertTrue(refusal(null).startsWith("Missing token"));
        assertTrue(refusal("").startsWith("Missing token"));
        assertTrue(refusal("Bearer ").startsWith("Missing token"));
        assertTrue(refusal("Bearer a.b.c").startsWith("Invalid token"));
        assertTrue(refusal("Bearer not-a-token").startsWith("Invalid token"));
        assertTrue(refusal("Bearer " + Tokens.none("{\"stackmon\":1}")).startsWith("Invalid token"));
        String madeUpAlgorithm = base64("{\"alg\":\"XS256\"}") + "." + base64("{}") + "." + base64("sig");
        assertTrue(refusal(madeUpAlgorithm).startsWith("Invalid token"));
        String hmacHeaderRsaSignature = base64("{\"alg\":\"HS256\"}") + "." + base64("{}") + "."
                + TestProvider.rs256(PROVIDER_KEY, claims().build()).split("\\.")[2];
        assertTrue(refusal(hmacHeaderRsaSignature).contains("signature"));
    }

    // Provider tokens: people and programs with a role.

    @Test
    void anRs256TokenOfTheProviderGivesTheRoleOfItsGroups() {
        assertEquals(Optional.of(new ApiCaller("oscar", CallerRole.OPERATOR)),
                check("Bearer " + TestProvider.rs256(PROVIDER_KEY, claims().build())));
        assertEquals(Optional.of(new ApiCaller("oscar", CallerRole.CREATOR)),
                check(TestProvider.rs256(PROVIDER_KEY, claims().claim("groups", List.of("staff", "sd-creators")).build())));
        assertEquals(Optional.of(new ApiCaller("oscar", CallerRole.ADMIN)),
                check(TestProvider.rs256(PROVIDER_KEY, claims().claim("groups", List.of("/sd-admins")).build())));
    }

    @Test
    void theHighestRoleWinsAndALeadingSlashIsIgnored() {
        assertEquals(Optional.of(CallerRole.ADMIN), check(TestProvider.rs256(PROVIDER_KEY, claims()
                .claim("groups", List.of("sd-creators", "/sd-operators", "sd-admins")).build())).map(ApiCaller::role));
        assertEquals(Optional.of(CallerRole.OPERATOR), check(TestProvider.rs256(PROVIDER_KEY, claims()
                .claim("groups", List.of("/sd-creators", "/sd-operators")).build())).map(ApiCaller::role));
    }

    @Test
    void aProviderTokenWithoutARoleGroupIsRefused() {
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().claim("groups", List.of("staff", "operator")).build()))
                .contains("role"));
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().claim("groups", null).build())).contains("role"));
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().claim("groups", "sd-operators").build()))
                .contains("role"), "groups is a list");
    }

    @Test
    void theNameIsThePreferredUserNameElseTheSubject() {
        assertEquals(Optional.of(new ApiCaller("3f2a-uuid", CallerRole.OPERATOR)),
                check(TestProvider.rs256(PROVIDER_KEY, claims().claim("preferred_username", null).build())));
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().claim("preferred_username", null).subject(null).build()))
                .contains("nobody"));
    }

    @Test
    void theIssuerMustBeTheProvider() {
        assertEquals(Optional.of(CallerRole.OPERATOR), check(TestProvider.rs256(PROVIDER_KEY,
                claims().issuer(provider.issuer() + "/").build())).map(ApiCaller::role), "a trailing slash does not matter");
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().issuer("https://elsewhere.example/realm").build()))
                .contains("issuer"));
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().issuer(null).build())).contains("issuer"));
    }

    @Test
    void anAudienceWhenPresentMustNameTheDashboard() {
        assertEquals(Optional.of(CallerRole.OPERATOR), check(TestProvider.rs256(PROVIDER_KEY,
                claims().audience(CLIENT_ID).build())).map(ApiCaller::role));
        assertEquals(Optional.of(CallerRole.OPERATOR), check(TestProvider.rs256(PROVIDER_KEY,
                claims().audience(List.of("account", CLIENT_ID)).build())).map(ApiCaller::role));
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().audience("account").build())).contains("audience"));
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().audience(List.of("account", "other")).build()))
                .contains("audience"));
    }

    @Test
    void aProviderTokenNeedsAnExpiryThatHasNotPassed() {
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().expirationTime(null).build())).contains("no expiry"));
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().expirationTime(Date.from(NOW.minusSeconds(61))).build()))
                .contains("expired"));
        assertEquals(Optional.of(CallerRole.OPERATOR), check(TestProvider.rs256(PROVIDER_KEY,
                claims().expirationTime(Date.from(NOW.minusSeconds(30))).build())).map(ApiCaller::role));
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().notBeforeTime(Date.from(NOW.plusSeconds(120))).build()))
                .contains("not valid yet"));
    }

    @Test
    void aTokenSignedByAnotherKeyOrTamperedWithIsRefused() {
        RSAKey stranger = TestProvider.rsaKey("key-1");
        assertTrue(refusal(TestProvider.rs256(stranger, claims().build())).contains("not signed by a key of the provider"));
        String[] parts = TestProvider.rs256(PROVIDER_KEY, claims().build()).split("\\.");
        String promoted = parts[0] + "." + base64(claims().claim("groups", List.of("sd-admins")).build().toString())
                + "." + parts[2];
        assertTrue(refusal(promoted).contains("not signed by a key of the provider"));
    }

    @Test
    void anEcTokenOfTheProviderIsAcceptedToo() {
        ECKey ecKey = TestProvider.ecKey("ec-1");
        provider.publish(PROVIDER_KEY, ecKey);
        assertEquals(Optional.of(CallerRole.OPERATOR), check(TestProvider.es256(ecKey, claims().build())).map(ApiCaller::role));
    }

    @Test
    void keysAreFetchedOnceThenAgainForAnUnknownKeyIdButNotMoreOftenThanTheRateLimit() {
        assertEquals(0, provider.discoveries(), "nothing fetched before a provider token comes");
        assertEquals(Optional.of(CallerRole.OPERATOR), check(TestProvider.rs256(PROVIDER_KEY, claims().build())).map(ApiCaller::role));
        assertEquals(Optional.of(CallerRole.OPERATOR), check(TestProvider.rs256(PROVIDER_KEY, claims().build())).map(ApiCaller::role));
        assertEquals(1, provider.discoveries());
        assertEquals(1, provider.keyFetches(), "cached");

        RSAKey rotated = TestProvider.rsaKey("key-2");
        provider.publish(PROVIDER_KEY, rotated);
        assertEquals(Optional.of(CallerRole.OPERATOR), check(TestProvider.rs256(rotated, claims().build())).map(ApiCaller::role),
                "a rotated key is fetched");
        int fetches = provider.keyFetches();
        assertEquals(2, fetches);

        RSAKey stranger = TestProvider.rsaKey("stranger");
        for (int i = 0; i < 20; i++) {
            refusal(TestProvider.rs256(new RSAKey.Builder(stranger).keyID("made-up-" + i).build(), claims().build()));
        }
        assertTrue(provider.keyFetches() <= fetches + 1, "made-up key ids are rate-limited: " + provider.keyFetches());
        assertEquals(1, provider.discoveries());
    }

    @Test
    void aProviderThatIsDownIsAskedAgainOnlyAfterTheInterval() {
        String token = TestProvider.rs256(PROVIDER_KEY, claims().build());
        String issuer = provider.issuer();
        provider.close();
        Instant[] clock = {NOW};
        ProviderKeys keys = new ProviderKeys(issuer, Duration.ofSeconds(30), new Clock() {
            @Override
            public Instant instant() {
                return clock[0];
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        });
        ProviderTokenVerifier down = new ProviderTokenVerifier(issuer, CLIENT_ID, keys, ROLES);
        SignedJWT parsed = parse(token);
        assertTrue(down.verify(parsed, NOW).refusal().contains("discovery failed)"));
        assertTrue(down.verify(parsed, NOW).refusal().contains("a moment ago"), "no new attempt at once");
        clock[0] = NOW.plusSeconds(31);
        assertTrue(down.verify(parsed, NOW).refusal().contains("discovery failed)"), "tried again after the interval");
    }

    @Test
    void withoutAProviderOnlySharedSecretTokensAreAccepted() {
        verifier = new ApiTokenVerifier(new SharedSecretSignature(SECRET), Optional.empty());
        assertEquals(Optional.of(MONITORING), check(Tokens.hs256(SECRET, "{}")));
        assertTrue(refusal(TestProvider.rs256(PROVIDER_KEY, claims().build())).contains("none is configured"));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
