package io.statusdashboard.web.platform.security;

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
 * at first start and printed once in the log; only its hash ({@link Pbkdf2Hash}) is kept, in the
 * database, so that every instance of a cluster takes the same password. There is never a
 * built-in password. An installation from before the hash moved into the database brings the one
 * it kept in the data directory's {@value #HASH_FILE} along.
 *
 * <p>A kept hash made with an older format or a lower work factor is replaced at the next
 * successful sign-in, the only moment the password is known.
 */
@ApplicationScoped
@SignInMode(openId = false)
public class LocalOperatorAccount {

    public static final String USER_NAME = "admin";
    static final String HASH_FILE = "admin-password.hash";
    static final String HASH_NAME = "local-operator-password-hash";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final Logger LOG = Logger.getLogger(LocalOperatorAccount.class.getName());

    private final SecureRandom random = new SecureRandom();

    @Inject
    @ConfigProperty(name = "SDB_ADMIN_PASSWORD")
    private Optional<String> configuredPassword;

    @Inject
    private SecretStore secrets;

    private Path legacyHashFile = DataFiles.directory().resolve(HASH_FILE);

    /** False with {@code SDB_ADMIN_PASSWORD}: nothing kept, nothing to upgrade. */
    private boolean kept;
    /** With {@code SDB_ADMIN_PASSWORD}, null until the first sign-in: see {@link #hash()}. */
    private volatile Pbkdf2Hash storedHash;
    /** The hash as the database holds it: an older format reads back in another spelling. */
    private String storedText;

    public LocalOperatorAccount() {}

    /** The account as the application would make it, outside a container. */
    LocalOperatorAccount(Optional<String> configuredPassword, SecretStore secrets, Path legacyHashFile) {
        this.configuredPassword = configuredPassword;
        this.secrets = secrets;
        this.legacyHashFile = legacyHashFile;
        load();
    }

    @PostConstruct
    void load() {
        Optional<String> configured = configuredPassword.filter(password -> !password.isBlank());
        kept = configured.isEmpty();
        if (kept) {
            storedHash = storedOrGeneratedHash();
        }
    }

    /**
     * Start-up's call, after the schema is migrated: makes the account ready before the first
     * sign-in, so that a password generated now is printed in the start-up log. The work is
     * {@code load()}'s, which the container runs when this call creates the bean.
     */
    public void prepareAtStartup() {
        LOG.fine(() -> "Local operator account " + USER_NAME + " is ready");
    }

    /** Constant-time for a wrong password; a wrong user name costs the same hashing. */
    public boolean matches(String userName, String password) {
        Pbkdf2Hash hash = hash();
        boolean passwordMatches = hash.matches(password == null ? "" : password);
        boolean matches = USER_NAME.equals(userName) && passwordMatches;
        if (matches && !hash.isCurrent()) {
            upgrade(hash, password);
        }
        return matches;
    }

    /**
     * A configured password is hashed at the first sign-in, not at start: the hash is slow on
     * purpose (about half a second of a core), and every start of an instance with
     * {@code SDB_ADMIN_PASSWORD} would spend it while the first page waits for the CPU.
     */
    private Pbkdf2Hash hash() {
        Pbkdf2Hash hash = storedHash;
        if (hash != null) {
            return hash;
        }
        synchronized (this) {
            if (storedHash == null) {
                storedHash = Pbkdf2Hash.of(configuredPassword.orElseThrow(), random);
            }
            return storedHash;
        }
    }

    private synchronized void upgrade(Pbkdf2Hash old, String password) {
        if (storedHash != old) {
            return;
        }
        Pbkdf2Hash upgraded = Pbkdf2Hash.of(password, random);
        if (kept) {
            try {
                if (!secrets.replace(HASH_NAME, storedText, upgraded.encoded())) {
                    // Another instance upgraded it first; the hash this one holds still takes the password.
                    return;
                }
                storedText = upgraded.encoded();
                LOG.info(() -> "Operator password hash upgraded from " + old.describe() + " to " + upgraded.describe());
            } catch (IllegalStateException e) {
                LOG.log(Level.WARNING, "Could not upgrade the operator password hash; the old one keeps working", e);
                return;
            }
        }
        storedHash = upgraded;
    }

    private Pbkdf2Hash storedOrGeneratedHash() {
        Optional<String> inFile;
        try {
            inFile = DataFiles.read(legacyHashFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the operator password hash kept in " + legacyHashFile, e);
        }
        String[] generated = new String[1];
        SecretStore.Kept stored = secrets.keptOrOffered(HASH_NAME, () -> inFile.orElseGet(() -> {
            generated[0] = generatePassword(random);
            return Pbkdf2Hash.of(generated[0], random).encoded();
        }));
        if (stored.offeredNow() && generated[0] != null) {
            // The one time the password is known to anybody: the first start, when nobody chose it.
            LOG.warning("Operator login: " + USER_NAME + " / " + generated[0]
                    + "  (generated once; only its hash is kept, in the database, for every instance."
                    + " Set SDB_ADMIN_PASSWORD, or configure SDB_OPENID_ISSUER_URL for single sign-on.)");
        }
        storedText = stored.value();
        try {
            return Pbkdf2Hash.parse(stored.value());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage() + " in the database (sdb_shared_secret '" + HASH_NAME
                    + "'); delete that row to have a new password generated, or set SDB_ADMIN_PASSWORD", e);
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
