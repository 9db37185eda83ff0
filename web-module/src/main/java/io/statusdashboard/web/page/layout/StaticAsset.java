package io.statusdashboard.web.page.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * One file the pages load (stylesheet, script, font, icon), held in memory with its gzip form
 * and a version derived from its content: the version changes exactly when the bytes do, so a
 * URL that carries it may be cached for a year.
 */
public record StaticAsset(String contentType, byte[] body, byte[] gzipBody, String version) {

    private static final int VERSION_LENGTH = 12;

    public static StaticAsset of(String contentType, byte[] body) {
        byte[] gzip = compressible(contentType) ? gzip(body) : null;
        return new StaticAsset(contentType, body, gzip != null && gzip.length < body.length ? gzip : null, version(body));
    }

    public static StaticAsset text(String contentType, String text) {
        return of(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean hasGzip() {
        return gzipBody != null;
    }

    /** The entity tag of the representation sent: the two encodings are different bytes. */
    public String entityTag(boolean gzip) {
        return "\"" + version + (gzip ? "-gz" : "") + "\"";
    }

    /** Fonts, images other than SVG, and archives are compressed already. */
    static boolean compressible(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("javascript") || type.contains("json")
                || type.contains("svg") || type.contains("xml") || type.equals("image/x-icon")
                || type.equals("image/vnd.microsoft.icon");
    }

    static String version(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest).substring(0, VERSION_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
