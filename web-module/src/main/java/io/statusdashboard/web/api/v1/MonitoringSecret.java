package io.statusdashboard.web.api.v1;

import io.statusdashboard.web.DataFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key monitoring tokens are signed with: {@code SDB_SECRET_KEY}, or else a random key made at
 * first start and kept in {@value #KEY_FILE} (readable by its owner only), so a newcomer gets a
 * working API without ever running on a built-in secret. When it makes the key it logs where the
 * key is and how to mint a token with it ({@code scripts/post-status.sh}); never the key, never a
 * token: whoever reads the log (a log collector, a support ticket) must not be able to report.
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
        String secret = configuredSecret.filter(value -> !value.isBlank())
                .orElseGet(() -> keptOrGeneratedSecret(Path.of(KEY_FILE).toAbsolutePath()));
        verifier = new MonitoringTokenVerifier(secret, payloadKey);
    }

    public MonitoringTokenVerifier verifier() {
        return verifier;
    }

    /** The key kept in the file, or a new one written there (and announced) when there is none. */
    static String keptOrGeneratedSecret(Path file) {
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
            Path workingDirectory = file.getParent().getParent();
            LOG.warning(() -> "Monitoring API: SDB_SECRET_KEY is not set; generated a key, kept in " + file
                    + " (readable by its owner only). To mint a token for monitoring, run scripts/post-status.sh --token"
                    + " in " + workingDirectory + ". Set SDB_SECRET_KEY to share one key between instances.");
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the generated API key in " + file, e);
        }
    }
}
