package io.statusdashboard.web.security;

import io.statusdashboard.web.DataFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local operator account {@value #USER_NAME}, for installations without an OpenID Connect
 * provider (the embedded default). Its password is {@code SDB_ADMIN_PASSWORD}, or else generated
 * at first start and printed once in the log; only its PBKDF2 hash is kept, in {@value #HASH_FILE}.
 * There is never a built-in password.
 */
@ApplicationScoped
@SignInMode(openId = false)
public class LocalOperatorAccount {

    public static final String USER_NAME = "admin";
    static final String HASH_FILE = "data/admin-password.hash";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final Logger LOG = Logger.getLogger(LocalOperatorAccount.class.getName());

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    @ConfigProperty(name = "SDB_ADMIN_PASSWORD")
    private Optional<String> configuredPassword;

    private String storedHash;

    @PostConstruct
    void load() {
        storedHash = configuredPassword.filter(password -> !password.isBlank())
                .map(password -> passwordHash.generate(password.toCharArray()))
                .orElseGet(() -> storedOrGeneratedHash(Path.of(HASH_FILE).toAbsolutePath()));
    }

    /** Called at start-up so that a generated password appears in the start-up log. */
    public void announce() {
        LOG.fine(() -> "Local operator account " + USER_NAME + " is ready");
    }

    /** Constant-time for a wrong password; a wrong user name costs the same hashing. */
    public boolean matches(String userName, String password) {
        boolean passwordMatches = passwordHash.verify(password.toCharArray(), storedHash);
        return USER_NAME.equals(userName) && passwordMatches;
    }

    private String storedOrGeneratedHash(Path file) {
        try {
            Optional<String> kept = DataFiles.read(file);
            if (kept.isPresent()) {
                return kept.get();
            }
            String password = generatePassword(new SecureRandom());
            String hash = passwordHash.generate(password.toCharArray());
            if (!DataFiles.createOwnerOnly(file, hash)) {
                return DataFiles.read(file).orElseThrow();
            }
            LOG.warning("Operator login: " + USER_NAME + " / " + password
                    + "  (generated once; only its hash is kept in " + file
                    + ". Set SDB_ADMIN_PASSWORD, or configure SDB_OPENID_ISSUER_URL for single sign-on.)");
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the operator password hash in " + file, e);
        }
    }

    static String generatePassword(SecureRandom random) {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
