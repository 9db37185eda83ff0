package io.statusdashboard.web.platform.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password hash as the local operator account keeps it: PBKDF2 with the parameters it was made
 * with, written in the PHC string format ({@code $pbkdf2-sha256$i=600000$<salt>$<hash>}, unpadded
 * Base64), so that a later version can raise the work factor and still read what this one wrote.
 *
 * <p>It also reads the format of Jakarta Security's {@code Pbkdf2PasswordHash}, which earlier
 * versions stored ({@code PBKDF2WithHmacSHA256:2048:<salt>:<hash>}): such a hash keeps working, is
 * not {@linkplain #isCurrent() current}, and is replaced at the next successful sign-in.
 */
final class Pbkdf2Hash {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023): about 0.3 s on one core here. */
    static final int CURRENT_ITERATIONS = 600_000;
    private static final String CURRENT_ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    /** PHC identifiers and the JDK's names for the same functions. */
    private static final Map<String, String> PHC_ALGORITHMS = Map.of(
            "pbkdf2-sha256", "PBKDF2WithHmacSHA256",
            "pbkdf2-sha512", "PBKDF2WithHmacSHA512");
    private static final Pattern PHC = Pattern.compile("\\$([a-z0-9-]+)\\$i=([0-9]{1,9})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Pattern JAKARTA = Pattern.compile(
            "(PBKDF2WithHmacSHA(?:224|256|384|512)):([0-9]{1,9}):([A-Za-z0-9+/]+=*):([A-Za-z0-9+/]+=*)");

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();

    private final String algorithm;
    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;
    private final boolean phcFormat;

    private Pbkdf2Hash(String algorithm, int iterations, byte[] salt, byte[] hash, boolean phcFormat) {
        if (iterations < 1 || salt.length == 0 || hash.length == 0) {
            throw new IllegalArgumentException("Not a password hash this dashboard can read");
        }
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
        this.phcFormat = phcFormat;
    }

    /** A new hash of the password with the current algorithm and work factor and a random salt. */
    static Pbkdf2Hash of(String password, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new Pbkdf2Hash(CURRENT_ALGORITHM, CURRENT_ITERATIONS, salt,
                derive(password, CURRENT_ALGORITHM, CURRENT_ITERATIONS, salt, HASH_BYTES), true);
    }

    /** Reads a stored hash, in this class's format or in the one earlier versions stored. */
    static Pbkdf2Hash parse(String stored) {
        String text = stored.strip();
        Matcher phc = PHC.matcher(text);
        if (phc.matches() && PHC_ALGORITHMS.containsKey(phc.group(1))) {
            return new Pbkdf2Hash(PHC_ALGORITHMS.get(phc.group(1)), Integer.parseInt(phc.group(2)),
                    Base64.getDecoder().decode(phc.group(3)), Base64.getDecoder().decode(phc.group(4)), true);
        }
        Matcher jakarta = JAKARTA.matcher(text);
        if (jakarta.matches()) {
            return new Pbkdf2Hash(jakarta.group(1), Integer.parseInt(jakarta.group(2)),
                    Base64.getDecoder().decode(jakarta.group(3)), Base64.getDecoder().decode(jakarta.group(4)), false);
        }
        // The content is not repeated: it may be a password someone put in the wrong file.
        throw new IllegalArgumentException("Not a password hash this dashboard can read");
    }

    /** Whether the password is the one hashed; the comparison takes the same time wherever they differ. */
    boolean matches(String password) {
        return MessageDigest.isEqual(hash, derive(password, algorithm, iterations, salt, hash.length));
    }

    /** False for a hash that should be replaced by a new one: an older format, algorithm or work factor. */
    boolean isCurrent() {
        return phcFormat && CURRENT_ALGORITHM.equals(algorithm) && iterations >= CURRENT_ITERATIONS;
    }

    /** The PHC string. */
    String encoded() {
        String phcAlgorithm = PHC_ALGORITHMS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(algorithm)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException(algorithm + " has no PHC identifier here"));
        return "$" + phcAlgorithm + "$i=" + iterations + "$" + ENCODER.encodeToString(salt) + "$"
                + ENCODER.encodeToString(hash);
    }

    /** What the hash is made with, for the log (never the hash). */
    String describe() {
        return algorithm + ", " + iterations + " iterations";
    }

    private static byte[] derive(String password, String algorithm, int iterations, byte[] salt, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
