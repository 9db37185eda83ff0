package io.statusdashboard.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import io.statusdashboard.web.it.Tokens;
import org.junit.jupiter.api.Test;

class SharedSecretSignatureTest {

    @Test
    void matchesTheThreeHmacAlgorithmsWithTheSecretOnly() throws Exception {
        SharedSecretSignature signature = new SharedSecretSignature("k");
        assertTrue(signature.matches(SignedJWT.parse(Tokens.hs256("k", "{}"))));
        assertTrue(signature.matches(SignedJWT.parse(Tokens.hs384("k", "{}"))));
        assertTrue(signature.matches(SignedJWT.parse(Tokens.hs512("k", "{}"))));
        assertFalse(signature.matches(SignedJWT.parse(Tokens.hs256("K", "{}"))));
    }

    @Test
    void anEmptyOrMissingSecretMatchesNothing() throws Exception {
        SignedJWT token = SignedJWT.parse(Tokens.hs256("k", "{}"));
        assertFalse(new SharedSecretSignature("").matches(token));
        assertFalse(new SharedSecretSignature(null).matches(token));
    }
}
