package io.statusdashboard.web.platform.security;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes in the format earlier versions kept in {@code data/admin-password.hash}: Jakarta
 * Security's {@code Pbkdf2PasswordHash} with its defaults ({@code PBKDF2WithHmacSHA256:2048:<salt>:<hash>},
 * 32-byte salt and hash, padded Base64), made here from the JDK alone.
 */
public final class LegacyHashes {

    private LegacyHashes() {}

    public static String jakartaPbkdf2(String password) {
        byte[] salt = new byte[32];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) (i * 7 + 3);
        }
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 2048, 256)).getEncoded();
            return "PBKDF2WithHmacSHA256:2048:" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
