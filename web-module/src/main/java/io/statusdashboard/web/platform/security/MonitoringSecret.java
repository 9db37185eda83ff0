package io.statusdashboard.web.platform.security;

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
 * first start and kept in the database, so that every instance of a cluster accepts the same
 * tokens, and a newcomer gets a working API without ever running on a built-in secret. Each
 * instance also keeps a copy in the data directory's {@value #KEY_FILE} (owner-only), where
 * {@code scripts/post-status.sh} finds it to mint tokens; an installation from before the key
 * moved into the database brings that file's key along. When it makes the key it logs where the
 * copy is and how to mint a token with it; never the key, never a token: whoever reads the log (a
 * log collector, a support ticket) must not be able to report.
 */
@ApplicationScoped
public class MonitoringSecret {

    static final String KEY_FILE = "api-secret-key";
    static final String KEY_NAME = "monitoring-api-key";
    static final String DEFAULT_PAYLOAD_KEY = "stackmon";

    private static final Logger LOG = Logger.getLogger(MonitoringSecret.class.getName());

    @Inject
    @ConfigProperty(name = "SDB_SECRET_KEY")
    private Optional<String> configuredSecret;

    @Inject
    @ConfigProperty(name = "SDB_API_PAYLOAD_KEY", defaultValue = DEFAULT_PAYLOAD_KEY)
    private String payloadKey;

    @Inject
    private SecretStore secrets;

    private SharedSecretSignature signature;

    private MonitoringTokenVerifier verifier;

    @PostConstruct
    void load() {
        String secret = configuredSecret.filter(value -> !value.isBlank())
                .orElseGet(() -> sharedKey(secrets, DataFiles.directory().resolve(KEY_FILE)));
        signature = new SharedSecretSignature(secret);
        verifier = new MonitoringTokenVerifier(signature, payloadKey);
    }

    /** The check of tokens signed with this key, which API v2 accepts too (without the claim). */
    public SharedSecretSignature signature() {
        return signature;
    }

    public MonitoringTokenVerifier verifier() {
        return verifier;
    }

    /**
     * Start-up's call, after the schema is migrated: makes the key ready before the first token
     * arrives, so that a key generated now is announced in the start-up log, not at the first
     * report. The work is {@code load()}'s, which the container runs when this call creates the
     * bean; there is nothing else to do.
     */
    public void prepareAtStartup() {
        // Nothing here: the call, through the bean's client proxy, is what creates the bean.
    }

    /**
     * The key the store keeps, or the one this instance offers it first: the file's (an
     * installation from before) or a new random one, announced. The file then holds the kept key.
     */
    static String sharedKey(SecretStore store, Path file) {
        try {
            Optional<String> inFile = DataFiles.read(file);
            SecretStore.Kept kept = store.keptOrOffered(KEY_NAME, () -> inFile.orElseGet(MonitoringSecret::randomKey));
            if (inFile.isEmpty()) {
                if (!DataFiles.createOwnerOnly(file, kept.value())) {
                    DataFiles.replaceOwnerOnly(file, kept.value());
                }
            } else if (!inFile.get().equals(kept.value())) {
                // Another instance's key won: the scripts here must mint with the key the cluster accepts.
                DataFiles.replaceOwnerOnly(file, kept.value());
            }
            if (kept.offeredNow() && inFile.isEmpty()) {
                Path workingDirectory = file.getParent().getParent();
                LOG.warning(() -> "Monitoring API: SDB_SECRET_KEY is not set; generated a key, kept in the database"
                        + " for every instance and in " + file + " (readable by its owner only). To mint a token for"
                        + " monitoring, run scripts/post-status.sh --token in " + workingDirectory + ".");
            }
            return kept.value();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a copy of the API key in " + file, e);
        }
    }

    private static String randomKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
