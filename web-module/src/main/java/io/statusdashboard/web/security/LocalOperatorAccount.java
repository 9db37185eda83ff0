package io.statusdashboard.web.security;

import io.statusdashboard.web.DataFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local operator account {@value #USER_NAME}, for installations without an OpenID Connect
 * provider (the embedded default). Its password is {@code SDB_ADMIN_PASSWORD}, or else generated
 * at first start and printed once in the log; only its hash ({@link Pbkdf2Hash}) is kept, in
 * {@value #HASH_FILE}. There is never a built-in password.
 *
 * <p>A kept hash made with an older format or a lower work factor is replaced in place at the
 * next successful sign-in, the only moment the password is known.
 */
@ApplicationScoped
@SignInMode(openId = false)
public class LocalOperatorAccount {

    public static final String USER_NAME = "admin";
    static final String HASH_FILE = "data/admin-password.hash";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final Logger LOG = Logger.getLogger(LocalOperatorAccount.class.getName());

    private final SecureRandom random = new SecureRandom();

    @Inject
    @ConfigProperty(name = "SDB_ADMIN_PASSWORD")
    private Optional<String> configuredPassword;

    private Path hashFile = Path.of(HASH_FILE).toAbsolutePath();

    /** Empty with {@code SDB_ADMIN_PASSWORD}: nothing kept, nothing to upgrade. */
    private Optional<Path> keptIn;
    private volatile Pbkdf2Hash storedHash;

    public LocalOperatorAccount() {}

    /** The account as the application would make it, outside a container. */
    LocalOperatorAccount(Optional<String> configuredPassword, Path hashFile) {
        this.configuredPassword = configuredPassword;
        this.hashFile = hashFile;
        load();
    }

    @PostConstruct
    void load() {
        Optional<String> configured = configuredPassword.filter(password -> !password.isBlank());
        keptIn = configured.isPresent() ? Optional.empty() : Optional.of(hashFile);
        storedHash = configured.map(password -> Pbkdf2Hash.of(password, random))
                .orElseGet(() -> storedOrGeneratedHash(hashFile));
    }

    /** Called at start-up so that a generated password appears in the start-up log. */
    public void announce() {
        LOG.fine(() -> "Local operator account " + USER_NAME + " is ready");
    }

    /** Constant-time for a wrong password; a wrong user name costs the same hashing. */
    public boolean matches(String userName, String password) {
        Pbkdf2Hash hash = storedHash;
        boolean passwordMatches = hash.matches(password == null ? "" : password);
        boolean matches = USER_NAME.equals(userName) && passwordMatches;
        if (matches && !hash.isCurrent()) {
            upgrade(hash, password);
        }
        return matches;
    }

    private synchronized void upgrade(Pbkdf2Hash old, String password) {
        if (storedHash != old) {
            return;
        }
        Pbkdf2Hash upgraded = Pbkdf2Hash.of(password, random);
        if (keptIn.isPresent()) {
            Path file = keptIn.get();
            try {
                DataFiles.replaceOwnerOnly(file, upgraded.encoded());
                LOG.info(() -> "Operator password hash in " + file + " upgraded from " + old.describe() + " to "
                        + upgraded.describe());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not upgrade the operator password hash in " + file
                        + "; the old one keeps working", e);
                return;
            }
        }
        storedHash = upgraded;
    }

    private Pbkdf2Hash storedOrGeneratedHash(Path file) {
        try {
            Optional<String> kept = DataFiles.read(file);
            if (kept.isPresent()) {
                return parse(kept.get(), file);
            }
            String password = generatePassword(random);
            Pbkdf2Hash hash = Pbkdf2Hash.of(password, random);
            if (!DataFiles.createOwnerOnly(file, hash.encoded())) {
                return parse(DataFiles.read(file).orElseThrow(), file);
            }
            // The one time the password is known to anybody: the first start, when nobody chose it.
            LOG.warning("Operator login: " + USER_NAME + " / " + password
                    + "  (generated once; only its hash is kept in " + file
                    + ". Set SDB_ADMIN_PASSWORD, or configure SDB_OPENID_ISSUER_URL for single sign-on.)");
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the operator password hash in " + file, e);
        }
    }

    private static Pbkdf2Hash parse(String kept, Path file) {
        try {
            return Pbkdf2Hash.parse(kept);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage() + " in " + file
                    + "; delete the file to have a new password generated, or set SDB_ADMIN_PASSWORD", e);
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
