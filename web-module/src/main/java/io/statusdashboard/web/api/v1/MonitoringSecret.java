package io.statusdashboard.web.api.v1;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.statusdashboard.web.DataFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key monitoring tokens are signed with: {@code SDB_SECRET_KEY}, or else a random key made at
 * first start and kept in {@value #KEY_FILE} (readable by its owner only), so a newcomer gets a
 * working API without ever running on a built-in secret. When it makes the key it logs a
 * ready-to-use token once.
 */
@ApplicationScoped
public class MonitoringSecret {

    static final String KEY_FILE = "data/api-secret-key";
    static final String DEFAULT_PAYLOAD_KEY = "stackmon";

    private static final Logger LOG = Logger.getLogger(MonitoringSecret.class.getName());

    @Inject
    @ConfigProperty(name = "SDB_SECRET_KEY")
    private Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "SDB_API_PAYLOAD_KEY", defaultValue = DEFAULT_PAYLOAD_KEY)
    private String payloadKey;

    private MonitoringTokenVerifier verifier;

    @PostConstruct
    void load() {
        String secret = configuredSecret.filter(value -> !value.isBlank()).orElseGet(this::generatedSecret);
        verifier = new MonitoringTokenVerifier(secret, payloadKey);
    }

    public MonitoringTokenVerifier verifier() {
        return verifier;
    }

    private String generatedSecret() {
        Path file = Path.of(KEY_FILE).toAbsolutePath();
        try {
            Optional<String> kept = DataFiles.read(file);
            if (kept.isPresent()) {
                return kept.get();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            if (!DataFiles.createOwnerOnly(file, secret)) {
                return DataFiles.read(file).orElseThrow();
            }
            LOG.warning(() -> "Monitoring API: SDB_SECRET_KEY is not set; generated a key in " + file
                    + ". Set SDB_SECRET_KEY to share one key between instances. Ready-to-use token: "
                    + mint(secret, payloadKey));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the generated API key in " + file, e);
        }
    }

    /** A token without expiry for the given key, as a monitoring system would hold it. */
    static String mint(String secret, String payloadKey) {
        try {
            SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                    new JWTClaimsSet.Builder().claim(payloadKey, "monitoring").issueTime(new Date()).build());
            token.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token with the generated key", e);
        }
    }
}
